package com.japanautoparts.kura.k8s;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The container files follow the Quarkus layout, run as the non-root user the manifests expect and expose the
 * service's port. (No image is built here: that needs a container engine this machine lacks.)
 */
class DockerfilesTest {

    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)");
    private static final Pattern USER = Pattern.compile("(?m)^USER\\s+(\\S+)");
    private static final Pattern EXPOSE = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)");

    /** The web module does not use kura-common, so Vert.x keeps checking its request targets. */
    private static final String WEB = "web";
    private static final String URI_VALIDATION = "request targets are checked by kura-common's HttpEdge (every module but web)";

    static List<String> modules() {
        return KuraTopology.SERVICES.stream().map(KuraTopology.KuraService::name).toList();
    }

    private static String read(String module, String file) throws IOException {
        Path path = Kustomize.k8sDir().resolveSibling(module).resolve("src/main/docker").resolve(file);
        assertTrue(Files.isRegularFile(path), "missing " + path);
        return Files.readString(path);
    }

    private static String only(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        assertTrue(m.find(), "no " + what);
        String value = m.group(1);
        assertTrue(!m.find(), "more than one " + what);
        return value;
    }

    @ParameterizedTest
    @MethodSource("modules")
    void jvm(String module) throws IOException {
        String text = read(module, "Dockerfile.jvm");
        String from = only(FROM, text, "FROM");
        assertTrue(from.matches("registry\\.access\\.redhat\\.com/ubi9/openjdk-17(-runtime)?:[0-9.]+"), from);
        assertEquals("185", only(USER, text, "USER"));
        assertEquals(String.valueOf(KuraTopology.service(module).port()), only(EXPOSE, text, "EXPOSE"));
        assertTrue(text.contains("target/quarkus-app/lib/") && text.contains("target/quarkus-app/quarkus/"), "fast-jar layout");
        assertTrue(text.contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""), "quarkus-run.jar");
        assertEquals(!module.equals(WEB), text.contains("-Dvertx.disableURIValidation=true"), URI_VALIDATION);
    }

    @ParameterizedTest
    @MethodSource("modules")
    void nativeImage(String module) throws IOException {
        String text = read(module, "Dockerfile.native");
        String from = only(FROM, text, "FROM");
        assertTrue(from.matches("quay\\.io/quarkus/ubi9-quarkus-micro-image:[0-9.]+"), from);
        assertEquals("1001", only(USER, text, "USER"));
        assertEquals(String.valueOf(KuraTopology.service(module).port()), only(EXPOSE, text, "EXPOSE"));
        assertTrue(text.contains("target/*-runner"), "copies the native runner");
        assertEquals(!module.equals(WEB), text.contains("-Dvertx.disableURIValidation=true"), URI_VALIDATION);
    }
}
