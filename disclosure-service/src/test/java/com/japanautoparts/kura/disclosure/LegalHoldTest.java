package com.japanautoparts.kura.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.NewLegalHoldDto;
import com.japanautoparts.kura.disclosure.domain.LegalHold;
import com.japanautoparts.kura.disclosure.domain.LegalHoldEvent;
import com.japanautoparts.kura.disclosure.service.LegalHoldService;
import com.japanautoparts.kura.disclosure.domain.HoldReason;
import com.japanautoparts.kura.disclosure.domain.HoldStatus;
import com.japanautoparts.kura.testing.MovableClock;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Legal holds: placing, the two-person rule for releasing, and the check every service makes before a purge. */
@QuarkusTest
class LegalHoldTest {

    static final String PLACER = "officer-placer";
    static final String OFFICER = "officer-tanaka";
    static final String READER = "service-account-contact-service";

    @Inject
    LegalHoldService holds;

    @Inject
    MovableClock clock;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = OFFICER, roles = Roles.PRIVACY_OFFICER)
    void aPrivacyOfficerPlacesListsAndReadsAHold() {
        String alice = Fixtures.unique("alice");
        String bob = Fixtures.unique("bob");
        Instant endsAt = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Response placed = given().contentType(ContentType.JSON).body(holdJson(List.of(alice, bob, alice), "litigation",
                "Needed for a court case about a disputed delivery", endsAt.toString())).post("/legal-holds").andReturn();
        placed.then().statusCode(201)
                .header("Location", containsString("/legal-holds/"))
                .body("id", notNullValue())
                .body("subjects", contains(alice, bob))
                .body("reason", equalTo("litigation"))
                .body("description", equalTo("Needed for a court case about a disputed delivery"))
                .body("endsAt", equalTo(endsAt.toString()))
                .body("placedBy", equalTo(OFFICER))
                .body("placedAt", notNullValue())
                .body("status", equalTo("active"));
        long id = placed.jsonPath().getLong("id");
        long later = holds.place(hold(List.of(bob), Duration.ofDays(5)), PLACER).id();

        given().get("/legal-holds").then().statusCode(200).body("[0].id", equalTo((int) later))
                .body("[1].id", equalTo((int) id));
        given().get(placed.header("Location")).then().statusCode(200).body("id", equalTo((int) id))
                .body("subjects", contains(alice, bob)).body("status", equalTo("active"));
        given().get("/legal-holds/" + id + "/events").then().statusCode(200).body("", hasSize(1))
                .body("[0].kind", equalTo("placed")).body("[0].actor", equalTo(OFFICER))
                .body("[0].subjectCount", equalTo(2)).body("[0].holdId", equalTo((int) id));
        ProblemAssertions.assertProblem(given().get("/legal-holds/999999999").andReturn(), 404);
        ProblemAssertions.assertProblem(given().post("/legal-holds/999999999/release").andReturn(), 404);
    }

    @Test
    @TestSecurity(user = PLACER, roles = Roles.PRIVACY_OFFICER)
    void whoeverPlacedAHoldCannotReleaseIt() {
        String id = given().contentType(ContentType.JSON).body(holdJson(List.of(Fixtures.unique("alice")), "investigation",
                "Fraud investigation", Instant.now().plus(1, ChronoUnit.DAYS).toString())).post("/legal-holds")
                .then().statusCode(201).extract().path("id").toString();
        ProblemAssertions.assertProblem(given().post("/legal-holds/" + id + "/release").andReturn(), 403);
        given().get("/legal-holds/" + id).then().body("status", equalTo("active"));
        assertEquals(1, LegalHoldEvent.forHold(Long.parseLong(id)).size());
    }

    @Test
    @TestSecurity(user = OFFICER, roles = Roles.PRIVACY_OFFICER)
    void aDifferentOfficerReleasesAHoldOnce() {
        long id = holds.place(hold(List.of(Fixtures.unique("alice"), Fixtures.unique("bob")), Duration.ofDays(1)), PLACER).id();
        given().post("/legal-holds/" + id + "/release").then().statusCode(200).body("status", equalTo("released"))
                .body("releasedBy", equalTo(OFFICER)).body("releasedAt", notNullValue()).body("placedBy", equalTo(PLACER));
        ProblemAssertions.assertProblem(given().post("/legal-holds/" + id + "/release").andReturn(), 409);
        given().get("/legal-holds/" + id + "/events").then().statusCode(200)
                .body("kind", contains("placed", "released"))
                .body("actor", contains(PLACER, OFFICER))
                .body("subjectCount", contains(2, 2));
        given().get("/legal-holds/events?limit=2").then().statusCode(200)
                .body("holdId", contains((int) id, (int) id))
                .body("kind", contains("released", "placed"))
                .body("actor", contains(OFFICER, PLACER))
                .body("subjectCount", contains(2, 2));
        ProblemAssertions.assertClientProblem(given().get("/legal-holds/events?limit=0").andReturn());
        ProblemAssertions.assertClientProblem(given().get("/legal-holds/events?limit=501").andReturn());
    }

    @Test
    @TestSecurity(user = READER, roles = Roles.LEGAL_HOLD_READER)
    void aServiceLearnsWhetherASubjectIsHeld() {
        String alice = Fixtures.unique("alice");
        String bob = Fixtures.unique("bob");
        long id = holds.place(new NewLegalHoldDto(List.of(alice), HoldReason.LEGAL_OBLIGATION, "Tax audit of 2026 orders",
                Instant.now().plus(1, ChronoUnit.DAYS)), PLACER).id();

        given().get("/internal/legal-holds/subjects/" + alice).then().statusCode(200)
                .body("customerId", equalTo(alice)).body("held", equalTo(true))
                .body("holds", hasSize(1))
                .body("holds[0].id", equalTo((int) id))
                .body("holds[0].reason", equalTo("legal-obligation"))
                .body("holds[0].description", equalTo("Tax audit of 2026 orders"))
                .body("holds[0].endsAt", notNullValue());
        given().get("/internal/legal-holds/subjects/" + bob).then().statusCode(200)
                .body("customerId", equalTo(bob)).body("held", equalTo(false)).body("holds", empty());
        given().get("/internal/legal-holds/subjects").then().statusCode(200)
                .body("heldSubjects", hasItem(alice)).body("heldSubjects", not(hasItem(bob)));
    }

    @Test
    @TestSecurity(user = READER, roles = Roles.LEGAL_HOLD_READER)
    void aHoldThatHasEndedNoLongerCounts() {
        String alice = Fixtures.unique("alice");
        holds.place(hold(List.of(alice), Duration.ofHours(2)), PLACER);
        given().get("/internal/legal-holds/subjects/" + alice).then().statusCode(200).body("held", equalTo(true));

        clock.moveBy(Duration.ofHours(3));
        given().get("/internal/legal-holds/subjects/" + alice).then().statusCode(200).body("held", equalTo(false))
                .body("holds", empty());
        given().get("/internal/legal-holds/subjects").then().statusCode(200).body("heldSubjects", not(hasItem(alice)));
    }

    @Test
    @TestSecurity(user = "gateway-dsr", roles = Roles.DSR_COORDINATOR)
    void aReleasedHoldNoLongerCounts() {
        String alice = Fixtures.unique("alice");
        long released = holds.place(hold(List.of(alice), Duration.ofDays(10)), PLACER).id();
        given().get("/internal/legal-holds/subjects/" + alice).then().statusCode(200).body("held", equalTo(true));
        holds.release(released, OFFICER);
        given().get("/internal/legal-holds/subjects/" + alice).then().statusCode(200).body("held", equalTo(false));
        given().get("/internal/legal-holds/subjects").then().statusCode(200).body("heldSubjects", not(hasItem(alice)));

        long second = holds.place(hold(List.of(alice), Duration.ofDays(10)), PLACER).id();
        given().get("/internal/legal-holds/subjects/" + alice).then().statusCode(200).body("held", equalTo(true))
                .body("holds.id", contains((int) second));
    }

    @Test
    @TestSecurity(user = OFFICER, roles = Roles.PRIVACY_OFFICER)
    void aHoldMustEndInTheFuture() {
        long before = LegalHold.count();
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body(holdJson(List.of("alice"), "litigation",
                "Court case", Instant.now().minusSeconds(60).toString())).post("/legal-holds").andReturn(), 422);
        assertEquals(before, LegalHold.count());
    }

    @Test
    @TestSecurity(user = OFFICER, roles = Roles.PRIVACY_OFFICER)
    void aHoldCoversUpToAThousandSubjects() {
        List<String> subjects = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "many-" + i + "-" + Fixtures.unique("c"))
                .toList();
        String id = given().contentType(ContentType.JSON).body(holdJson(subjects, "legal-obligation", "Audit",
                Instant.now().plus(1, ChronoUnit.DAYS).toString())).post("/legal-holds").then().statusCode(201)
                .body("subjects", hasSize(1000)).extract().path("id").toString();
        given().get("/legal-holds/" + id + "/events").then().body("[0].subjectCount", equalTo(1000));
    }

    @Test
    void theDatabaseRefusesASelfReleaseAndAnyChangeToTheRecord() throws SQLException {
        long id = holds.place(hold(List.of(Fixtures.unique("alice")), Duration.ofDays(1)), PLACER).id();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            assertThrows(SQLException.class, () -> sql.executeUpdate("update legal_hold set status = 'RELEASED', "
                    + "released_by = placed_by, released_at = now() where id = " + id));
            assertThrows(SQLException.class, () -> sql.executeUpdate("update legal_hold_event set actor = 'someone' where hold_id = " + id));
            assertThrows(SQLException.class, () -> sql.executeUpdate("delete from legal_hold_event where hold_id = " + id));
        }
        assertEquals(HoldStatus.ACTIVE, LegalHold.<LegalHold> findById(id).status);
        assertEquals(PLACER, LegalHoldEvent.forHold(id).get(0).actor);
    }

    static NewLegalHoldDto hold(List<String> subjects, Duration lasting) {
        return new NewLegalHoldDto(subjects, HoldReason.LITIGATION, "Court case about a disputed delivery",
                Instant.now().plus(lasting));
    }

    static String holdJson(List<String> subjects, String reason, String description, String endsAt) {
        String list = String.join(", ", subjects.stream().map(s -> "\"" + s + "\"").toList());
        return """
                {"subjects": [%s], "reason": "%s", "description": "%s", "endsAt": "%s"}"""
                .formatted(list, reason, description, endsAt);
    }
}
