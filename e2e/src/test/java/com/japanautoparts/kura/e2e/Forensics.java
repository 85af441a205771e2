package com.japanautoparts.kura.e2e;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Where a running stack can hold data, read as an outsider would: a plain {@code pg_dump} of every Kura database, every
 * service's log (and the database server's), every service's metrics. And the spellings a value can take there:
 * as given, in lower case, JSON-escaped, URL-encoded, and as the hex of its UTF-8 bytes (how pg_dump writes bytea).
 */
final class Forensics {

    /** One place and what it holds as text. */
    record Place(String kind, String name, String text) {

        String label() {
            return kind + " " + name;
        }
    }

    private static final String DB_PORT = System.getProperty("kura.db.port", "55433");

    private Forensics() {
    }

    /** Every Kura database of the test cluster, dumped whole with pg_dump (schema and data, as a backup would be). */
    static List<Place> databases() {
        List<Place> dumps = new ArrayList<>();
        for (String database : Kura.databases()) {
            dumps.add(new Place("database", database, shell("source bin/lib/kura.sh && require_postgres && \"$PG_BIN/pg_dump\" -h 127.0.0.1 -p "
                    + DB_PORT + " -U postgres --no-owner " + database)));
        }
        return dumps;
    }

    /** Every service's log in the stack's log folder, and the database server's log when it can be found. */
    static List<Place> logs() {
        List<Place> logs = new ArrayList<>();
        Path folder = Kura.STATE.resolve("logs");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                logs.add(new Place("log", file.getFileName().toString(), read(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The stack's logs are needed: " + folder, e);
        }
        databaseServerLog().ifPresent(file -> logs.add(new Place("log", "postgresql (" + file.getFileName() + ")", read(file))));
        return logs;
    }

    /** Every service's Prometheus metrics, from its management interface. */
    static List<Place> metrics() {
        List<Place> metrics = new ArrayList<>();
        for (String module : Kura.modules()) {
            metrics.add(new Place("metrics", module, given().get(Kura.managementUrl(module) + "/q/metrics").then().statusCode(200)
                    .extract().asString()));
        }
        return metrics;
    }

    /** The places that hold the value in any of its spellings. */
    static List<String> whereFound(String value, List<Place> places) {
        Set<String> spellings = spellings(value);
        List<String> found = new ArrayList<>();
        for (Place place : places) {
            if (spellings.stream().anyMatch(place.text()::contains)) {
                found.add(place.label());
            }
        }
        return found;
    }

    /** As given, lower case, JSON-escaped (upper and lower hex), URL-encoded (form and path), hex of its UTF-8 bytes. */
    static Set<String> spellings(String value) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(value);
        spellings.add(value.toLowerCase(Locale.ROOT));
        spellings.add(jsonEscaped(value, "\\u%04x"));
        spellings.add(jsonEscaped(value, "\\u%04X"));
        String form = URLEncoder.encode(value, StandardCharsets.UTF_8);
        spellings.add(form);
        spellings.add(form.replace("+", "%20"));
        spellings.add(HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)));
        return spellings;
    }

    /** Every character beyond ASCII as a JSON escape in this format (UTF-16 units, as JSON writes them). */
    private static String jsonEscaped(String value, String format) {
        StringBuilder escaped = new StringBuilder();
        value.chars().forEach(c -> escaped.append(c < 128 ? String.valueOf((char) c) : String.format(format, c)));
        return escaped.toString();
    }

    private static Optional<Path> databaseServerLog() {
        Map<String, Path> candidates = new LinkedHashMap<>();
        String given = System.getProperty("kura.e2e.db-log", "");
        if (!given.isBlank()) {
            candidates.put("given", Path.of(given));
        }
        candidates.put("stack", Kura.STATE.resolve("pg/postgres.log"));
        candidates.put("test", Kura.STATE.toAbsolutePath().getParent().resolve("pg/postgres.log"));
        return candidates.values().stream().filter(Files::isReadable).findFirst();
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a bash snippet from the repository root (bin/lib available) and returns its standard output. */
    private static String shell(String script) {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).directory(Kura.ROOT.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        try {
            Process process = builder.start();
            CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("Failed: " + script);
            }
            return new String(output.join(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + script, e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
