package com.japanautoparts.kura.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where card numbers must never be: every service database of the running stack (pg_dump of each, schema and data)
 * and every service log (the stack's log folder). Each place is searched after Unicode NFKC normalisation for each
 * card number's digits in order, with anything but digits (up to eight characters: spaces, dashes, JSON escapes such as
 * {@code \u00a0}) between them, so every form of it is found, however it was written.
 */
final class Sweep {

    private static final String PG_PORT = System.getProperty("kura.db.port", "55433");
    private static final String PG_BIN = System.getProperty("kura.e2e.pg-bin", "");

    private Sweep() {
    }

    /** A place that was read, and how much of it. */
    record Place(String name, String text) {
        @Override
        public String toString() {
            return name + " (" + text.length() + " characters)";
        }
    }

    /** A dump of every service database, one place each. */
    static List<Place> databases() {
        List<Place> places = new ArrayList<>();
        for (Topology service : Topology.services()) {
            if (service.database() != null) {
                places.add(new Place("database " + service.database(), dump(service.database())));
            }
        }
        return places;
    }

    /** Every service log of the running stack, one place each. */
    static List<Place> logs() {
        Path folder = Kura.STATE.resolve("logs");
        List<Place> places = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                places.add(new Place("log " + Kura.ROOT.toAbsolutePath().relativize(file.toAbsolutePath()),
                        new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("The stack's logs are needed in " + folder, e);
        }
        if (places.isEmpty()) {
            throw new IllegalStateException("No service log in " + folder);
        }
        return places;
    }

    /** "card ... in place" for every card number found in a place; empty when none is anywhere. */
    static List<String> find(Collection<String> cardNumbers, List<Place> places) {
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        for (String pan : cardNumbers) {
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < pan.length(); i++) {
                regex.append(i == 0 ? "(?<![0-9])" : "[^0-9]{0,8}").append(pan.charAt(i));
            }
            patterns.put(pan, Pattern.compile(regex.append("(?![0-9])").toString()));
        }
        List<String> found = new ArrayList<>();
        for (Place place : places) {
            String normalised = Normalizer.normalize(place.text(), Normalizer.Form.NFKC);
            patterns.forEach((pan, pattern) -> {
                if (pattern.matcher(normalised).find()) {
                    found.add("card " + pan.substring(0, 4) + "... in " + place.name());
                }
            });
        }
        return found;
    }

    private static String dump(String database) {
        String pgDump = PG_BIN.isBlank() ? "pg_dump" : Path.of(PG_BIN, "pg_dump").toString();
        ProcessBuilder builder = new ProcessBuilder(pgDump, "-h", "127.0.0.1", "-p", PG_PORT, "-U", "postgres", "--no-owner", database)
                .redirectErrorStream(false);
        try {
            Path out = Files.createTempFile("kura-dump-" + database, ".sql");
            try {
                Process process = builder.redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException("pg_dump of " + database + " failed");
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("pg_dump of " + database + " could not run (" + pgDump + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted dumping " + database, e);
        }
    }
}
