package com.japanautoparts.kura.k8s;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with the real kustomize: a standalone {@code kustomize} when on the PATH, else
 * {@code kubectl kustomize} (the one k8s/bin/ensure-kustomize unpacked into .kura/tools, else the PATH's). Never a stand-in: with neither, rendering fails and says how to install one
 * ({@code k8s/bin/ensure-kustomize}).
 */
final class Kustomize {

    private Kustomize() {
    }

    /** Paths are resolved against the k8s module folder. */
    static Path k8sDir() {
        return Path.of(System.getProperty("kura.k8s.dir", System.getProperty("user.dir"))).toAbsolutePath().normalize();
    }

    static String render(Path kustomizationDir) {
        List<String> command = new ArrayList<>(renderer());
        command.add(kustomizationDir.toString());
        try {
            Path err = Files.createTempFile("kustomize", ".err");
            Path out = Files.createTempFile("kustomize", ".out");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!process.waitFor(180, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new RenderException(String.join(" ", command) + " did not finish within 180 s");
                }
                if (process.exitValue() != 0) {
                    throw new RenderException(String.join(" ", command) + " failed (exit " + process.exitValue() + "): "
                            + Files.readString(err, StandardCharsets.UTF_8).strip());
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(err);
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new RenderException("cannot run " + String.join(" ", command) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("interrupted while rendering " + kustomizationDir);
        }
    }

    static List<String> renderer() {
        Optional<Path> kustomize = onPath("kustomize");
        if (kustomize.isPresent()) {
            return List.of(kustomize.get().toString(), "build");
        }
        // Where k8s/bin/ensure-kustomize puts kubectl when the PATH has none new enough.
        Path local = k8sDir().resolveSibling(".kura").resolve("tools/kubectl/kubectl");
        if (Files.isExecutable(local)) {
            return List.of(local.toString(), "kustomize");
        }
        Optional<Path> kubectl = onPath("kubectl");
        if (kubectl.isPresent()) {
            return List.of(kubectl.get().toString(), "kustomize");
        }
        throw new RenderException("neither kustomize nor kubectl is on the PATH: run k8s/bin/ensure-kustomize");
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static final class RenderException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RenderException(String message) {
            super(message);
        }
    }
}
