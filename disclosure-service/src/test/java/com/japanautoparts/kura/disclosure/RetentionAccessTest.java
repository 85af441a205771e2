package com.japanautoparts.kura.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.service.DisclosureRetentionPlan;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The retention API is for privacy officers only; a bad trigger is the caller's error. */
@QuarkusTest
class RetentionAccessTest {

    static Stream<Arguments> officerOnly() {
        return Stream.of(Arguments.of("GET", "/internal/retention/dry-run"), Arguments.of("POST", "/internal/retention/purge"),
                Arguments.of("GET", "/internal/retention/purges"));
    }

    @Test
    @TestSecurity(user = "officer-tanaka", roles = Roles.PRIVACY_OFFICER)
    void aPrivacyOfficerSeesTheScheduleRunsAPurgeAndReadsTheRecords() {
        given().get("/internal/retention/dry-run").then().statusCode(200)
                .body("trigger", equalTo("SCHEDULE"))
                .body("nextScheduledRun", notNullValue())
                .body("categories.category", contains(DisclosureRetentionPlan.CLOSED_CASES, DisclosureRetentionPlan.CHANGE_NOTICES,
                        DisclosureRetentionPlan.RECEIVED_CHANGES, DisclosureRetentionPlan.ENDED_HOLDS, DisclosureRetentionPlan.LEDGER));
        given().post("/internal/retention/purge?trigger=storage-pressure").then().statusCode(200)
                .body("trigger", equalTo("STORAGE_PRESSURE"));
        given().get("/internal/retention/purges").then().statusCode(200)
                .body("actor", hasItem("officer-tanaka"))
                .body("category", hasItem(DisclosureRetentionPlan.LEDGER))
                .body("trigger", hasItem("STORAGE_PRESSURE"));
    }

    @Test
    @TestSecurity(user = "officer-tanaka", roles = Roles.PRIVACY_OFFICER)
    void anUnknownTriggerIsABadRequest() {
        ProblemAssertions.assertProblem(given().get("/internal/retention/dry-run?trigger=everything").andReturn(), 400);
        ProblemAssertions.assertProblem(given().post("/internal/retention/purge?trigger=everything").andReturn(), 400);
    }

    @ParameterizedTest
    @MethodSource("officerOnly")
    @TestSecurity(user = "staff-sato", roles = { Roles.STAFF, Roles.DSR_COORDINATOR, Roles.LEGAL_HOLD_READER })
    void otherRolesAreRefused(String method, String path) {
        given().request(method, path).then().statusCode(403);
    }

    @ParameterizedTest
    @MethodSource("officerOnly")
    @TestSecurity(user = "customer-alice", roles = Roles.CUSTOMER)
    void customersAreRefused(String method, String path) {
        given().request(method, path).then().statusCode(403);
    }

    @ParameterizedTest
    @MethodSource("officerOnly")
    void anonymousCallersAreRefused(String method, String path) {
        given().request(method, path).then().statusCode(401);
    }
}
