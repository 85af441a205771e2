package com.japanautoparts.kura.disclosure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.domain.LegalHold;
import com.japanautoparts.kura.disclosure.domain.LegalHoldEvent;
import com.japanautoparts.kura.testing.BadBody;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Malformed, mistyped, invalid and oversize holds: a 4xx problem each, and no hold or event stored. */
@QuarkusTest
class LegalHoldBadInputTest {

    static final String SUBJECT = "bad-input-held";
    static final String DESCRIPTION = "Court case";
    static final String ENDS = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();

    static Stream<BadBody> badHolds() {
        String valid = LegalHoldTest.holdJson(List.of(SUBJECT), "litigation", DESCRIPTION, ENDS);
        String subjects = "[\"" + SUBJECT + "\"]";
        return Stream.concat(BadBody.generic().stream(), Stream.of(
                BadBody.json("empty subjects", valid.replace(subjects, "[]")),
                BadBody.json("missing subjects", valid.replace("\"subjects\": " + subjects + ",", "")),
                BadBody.json("subjects not a list", valid.replace(subjects, "\"" + SUBJECT + "\"")),
                BadBody.json("null subject", valid.replace(subjects, "[null]")),
                BadBody.json("subject with a line break", valid.replace(subjects, "[\"a\\nb\"]")),
                BadBody.json("subject with spaces", valid.replace(subjects, "[\"a b\"]")),
                BadBody.json("subject too long", valid.replace(subjects, "[\"" + "s".repeat(256) + "\"]")),
                BadBody.json("too many subjects", valid.replace(subjects,
                        "[" + String.join(",", Collections.nCopies(1001, "\"" + SUBJECT + "\"")) + "]")),
                BadBody.json("unknown reason", valid.replace("\"litigation\"", "\"curiosity\"")),
                BadBody.json("reason as an ordinal", valid.replace("\"litigation\"", "0")),
                BadBody.json("missing reason", valid.replace("\"reason\": \"litigation\",", "")),
                BadBody.json("blank description", valid.replace("\"" + DESCRIPTION + "\"", "\"   \"")),
                BadBody.json("missing description", valid.replace("\"description\": \"" + DESCRIPTION + "\",", "")),
                BadBody.json("over-long description", valid.replace(DESCRIPTION, "d".repeat(501))),
                BadBody.json("control character in description", valid.replace(DESCRIPTION, "Court\\u0007case")),
                BadBody.json("endsAt in the past", valid.replace(ENDS, "2020-01-01T00:00:00Z")),
                BadBody.json("endsAt now-ish", valid.replace(ENDS, Instant.now().minusSeconds(1).toString())),
                BadBody.json("endsAt in year 294277", valid.replace(ENDS, "+294277-01-01T00:00:00Z")),
                BadBody.json("endsAt at the end of time", valid.replace(ENDS, "+1000000000-12-31T23:59:59Z")),
                BadBody.json("endsAt after 9999", valid.replace(ENDS, "+10000-01-01T00:00:00Z")),
                BadBody.json("endsAt not a date", valid.replace(ENDS, "next spring")),
                BadBody.json("endsAt without a zone", valid.replace(ENDS, "2030-01-01T00:00:00")),
                BadBody.json("missing endsAt", valid.replace(", \"endsAt\": \"" + ENDS + "\"", "")),
                BadBody.json("status supplied", valid.replace("{", "{\"status\": \"released\", ")),
                BadBody.json("placedBy supplied", valid.replace("{", "{\"placedBy\": \"someone-else\", ")),
                BadBody.json("duplicate key", valid.replace("{", "{\"reason\": \"investigation\", "))));
    }

    @ParameterizedTest(name = "POST /legal-holds {0}")
    @MethodSource("badHolds")
    @TestSecurity(user = "officer-bad-input", roles = Roles.PRIVACY_OFFICER)
    void aBadHoldIsRefused(BadBody bad) {
        long holds = LegalHold.count();
        long events = LegalHoldEvent.count();
        ProblemAssertions.assertClientProblem(given().contentType(bad.contentType()).body(bad.body()).post("/legal-holds").andReturn());
        assertEquals(holds, LegalHold.count());
        assertEquals(events, LegalHoldEvent.count());
    }

    @ParameterizedTest(name = "GET /internal/legal-holds/subjects/{0}")
    @MethodSource("badIds")
    @TestSecurity(user = "service-account-contact-service", roles = Roles.LEGAL_HOLD_READER)
    void aBadSubjectIdIsRefused(String id) {
        ProblemAssertions.assertClientProblem(given().urlEncodingEnabled(false).get("/internal/legal-holds/subjects/" + id).andReturn());
    }

    @ParameterizedTest(name = "release {0}")
    @MethodSource("badHoldIds")
    @TestSecurity(user = "officer-bad-input", roles = Roles.PRIVACY_OFFICER)
    void aBadHoldIdIsRefused(String id) {
        ProblemAssertions.assertClientProblem(given().urlEncodingEnabled(false).post("/legal-holds/" + id + "/release").andReturn());
    }

    static List<String> badIds() {
        return List.of("%20leading-space", "semi%3Bcolon", "a".repeat(300), "%00nul");
    }

    static List<String> badHoldIds() {
        return List.of("abc", "1.5", "99999999999999999999", "-1");
    }
}
