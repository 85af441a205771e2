package com.japanautoparts.kura.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.domain.LedgerEntry;
import com.japanautoparts.kura.disclosure.domain.Recipient;
import com.japanautoparts.kura.disclosure.service.RefusalTally;
import com.japanautoparts.kura.testing.ManagementInterface;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * A flood of refusals is counted, not written row by row: the officer sees the counts at once, and after a flush as
 * aggregate ledger rows that keep the hash chain valid; the metric counts every refusal.
 */
@QuarkusTest
@TestSecurity(user = "officer-tanaka", roles = Roles.PRIVACY_OFFICER)
class RefusalsTest {

    @Inject
    RefusalTally tally;

    @BeforeEach
    void aQuietStart() {
        Fixtures.registerRecipients();
        tally.flush();
    }

    @Test
    void aThousandRefusalsAreTwoRowsAndTheOfficerSeesThemPendingThenRecorded() {
        Recipient sagawa = Recipient.findById(Fixtures.CARRIER_B);
        long rowsBefore = LedgerEntry.count();
        for (int i = 0; i < 1000; i++) {
            tally.count(sagawa, "carrier-b-app", "malformed-id", "delivery", null, null);
        }
        tally.count(sagawa, "carrier-b-app", "not-assigned", "delivery", "customer-probed", 1);

        given().get("/disclosures/refusals").then().statusCode(200)
                .body("pending.find { it.reason == 'malformed-id' }.attempts", equalTo(1000))
                .body("pending.find { it.reason == 'malformed-id' }.recipientId", equalTo(Fixtures.CARRIER_B))
                .body("pending.find { it.reason == 'not-assigned' }.subjects", equalTo(1))
                .body(not(containsString("customer-probed")));

        assertEquals(2, tally.flush());
        assertEquals(rowsBefore + 2, LedgerEntry.count());
        given().get("/disclosures/refusals?minutes=5").then().statusCode(200)
                .body("pending.size()", equalTo(0))
                .body("recorded.find { it.reason == 'malformed-id' }.attempts", equalTo(1000))
                .body("recorded.find { it.reason == 'not-assigned' }.ruleVersion", equalTo(1))
                .body("recorded.reason", hasItem("not-assigned"));
        // Aggregate rows are links of the hash chain like any other.
        given().get("/disclosures/ledger/verify").then().statusCode(200).body("valid", equalTo(true));
        given().get("/disclosures/ledger?limit=2").then().statusCode(200).body("attempts", hasItem(1000));
        assertThat(ManagementInterface.metrics(), containsString("kura_disclosure_refusals_total{reason=\"malformed-id\",recipient=\"" + Fixtures.CARRIER_B + "\"}"));
        given().get("/disclosures/refusals?minutes=0").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "service-account-carrier-a", roles = Roles.CARRIER)
    void onlyTheOfficerSeesThem() {
        given().get("/disclosures/refusals").then().statusCode(403);
    }
}
