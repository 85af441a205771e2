package com.japanautoparts.kura.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.service.LedgerDraft;
import com.japanautoparts.kura.disclosure.service.LedgerService;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** "Who received my data": a customer's own disclosures only, also in the access export; erasure keeps the ledger. */
@QuarkusTest
class ReportTest {

    static final String ME = "customer-report-me";
    static final String OTHER = "customer-report-other";

    @Inject
    LedgerService ledger;

    @BeforeEach
    void disclosuresOfTwoCustomers() {
        Fixtures.registerRecipients();
        Recipient carrier = Recipient.findById(Fixtures.CARRIER_A);
        Recipient acquirer = Recipient.findById(Fixtures.ACQUIRER);
        if (LedgerEntry.count("subject", ME) == 0) {
            ledger.append(LedgerDraft.disclosed(carrier, ME, "order:report-1", List.of("user.name", "user.contact.address.shipping"),
                    "delivery", LegalBasis.OUTSOURCING, null, null, "carrier-a-app"));
            ledger.append(LedgerDraft.refused(carrier, ME, "order:report-2", "delivery", "carrier-a-app", "not-assigned"));
            ledger.append(LedgerDraft.disclosed(carrier, OTHER, "order:report-3", List.of("user.name"), "delivery",
                    LegalBasis.OUTSOURCING, null, null, "carrier-a-app"));
            ledger.append(new LedgerDraft(LedgerEntry.Outcome.DISCLOSED, acquirer, null, List.of(OTHER, ME), "case:report",
                    List.of("user.contact.email"), "business-transfer", LegalBasis.BUSINESS_TRANSFER, "Merger agreement 2026",
                    null, "officer-tanaka", null));
        }
    }

    @Test
    @TestSecurity(user = ME, roles = Roles.CUSTOMER)
    void aCustomerSeesEveryDisclosureOfTheirDataAndNothingElse() {
        given().get("/disclosures/me").then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].recipientName", equalTo("Recipient " + Fixtures.CARRIER_A))
                .body("[0].recipientKind", equalTo("carrier"))
                .body("[0].dataItems", equalTo(List.of("user.name", "user.contact.address.shipping")))
                .body("[0].purpose", equalTo("delivery"))
                .body("[0].legalBasis", equalTo("outsourcing"))
                .body("[1].recipientKind", equalTo("acquirer"))
                .body("[1].legalBasis", equalTo("business-transfer"))
                .body("[1].dataItems", equalTo(List.of("user.contact.email")));
    }

    @Test
    @TestSecurity(user = "customer-with-nothing", roles = Roles.CUSTOMER)
    void aCustomerWithoutDisclosuresGetsAnEmptyList() {
        given().get("/disclosures/me").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void theAccessExportHoldsTheReportAndErasureKeepsTheLedger() {
        given().get("/internal/subjects/" + ME + "/export").then().statusCode(200)
                .body("service", equalTo("disclosure-service"))
                .body("customerId", equalTo(ME))
                .body("disclosures", hasSize(2));
        long rows = LedgerEntry.count("subject", ME);
        for (int i = 0; i < 2; i++) {
            given().post("/internal/subjects/" + ME + "/erase").then().statusCode(200)
                    .body("service", equalTo("disclosure-service"))
                    .body("customerId", equalTo(ME))
                    .body("outcome", equalTo("retained-legal-obligation"));
        }
        org.junit.jupiter.api.Assertions.assertEquals(rows, LedgerEntry.count("subject", ME));
    }
}
