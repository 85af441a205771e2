package com.japanautoparts.kura.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a suite reports for people to read (the figures the issues ask to show): kept under e2e/target/ and printed in
 * bin/test's output. The one way the suite reports; a logger would need a configured backend to print at all.
 */
final class Reports {

    private Reports() {
    }

    /** Writes the report to {@code target/<file>} and prints it under a heading. */
    static void publish(String heading, String file, CharSequence report) {
        Path path = Path.of("target", file);
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("\n== " + heading + " (e2e/" + path + ") ==\n" + report);
    }
}
