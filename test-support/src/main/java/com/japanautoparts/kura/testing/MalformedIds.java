package com.japanautoparts.kura.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.restassured.RestAssured;

/**
 * Identifiers no declared format accepts, as they appear in a URL path (percent-encoded where a client would encode
 * them, raw where a tester sends them raw): spaces, braces, a leading dash, too long, non-ASCII, controls, a NUL, card
 * numbers, a non-standard escape, overlong UTF-8, dot segments and an injection string.
 */
public final class MalformedIds {

    public static final List<String> IN_PATH = List.of("a%20b", "%7Bx%7D", "%7B", "-dash", "x".repeat(256), "%C3%BC", "%00",
            "a%0Ab", "4111111111111111", "4111%201111%201111%201111", "%u0041", "a%c0%afb", "..%2F..", "%27%20OR%201%3D1--");

    private MalformedIds() {
    }

    /**
     * Each of them, three times over, on the service's data-subject hooks (erase and export): a 4xx problem each, and
     * not one reaches the legal-hold check ({@link LegalHoldStub}), so a burst cannot open its circuit breaker.
     */
    public static void assertHooksRefuseThemBeforeTheLegalHoldCheck() {
        int lookups = LegalHoldStub.subjectLookups();
        for (int round = 0; round < 3; round++) {
            for (String id : IN_PATH) {
                ProblemAssertions.assertClientProblem(RawHttp.send(RestAssured.port, "POST", "/internal/subjects/" + id + "/erase", new byte[0]));
                ProblemAssertions.assertClientProblem(RawHttp.send(RestAssured.port, "GET", "/internal/subjects/" + id + "/export", null));
            }
        }
        assertEquals(lookups, LegalHoldStub.subjectLookups(), "a malformed id reached the legal-hold check");
    }
}
