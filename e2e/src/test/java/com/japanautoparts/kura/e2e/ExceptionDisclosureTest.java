package com.japanautoparts.kura.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

/**
 * Promise 6: a disclosure outside the need-to-know rules (here a court order) happens only through a case that a
 * privacy officer other than the opener approves; it releases exactly the approved scope, once, and is in the ledger
 * where the customer sees it.
 */
class ExceptionDisclosureTest {

    private static final String COURT = "tokyo-district-court";
    private static final String STAFF = "sato-staff";

    @Test
    void aCourtOrderReleasesOnlyTheApprovedItemsAfterASecondPersonApproves() {
        Scenario.register(COURT, "Tokyo District Court", "authority");
        Scenario.fullContactData("hanako");
        String hanako = Kura.subjectOf("hanako");

        Integer caseId = Kura.as(STAFF).body("""
                {"type": "court-order", "recipientId": "%s", "referenceDocument": "Tokyo District Court 2026 (wa) 1234",
                 "requester": "Tokyo District Court", "description": "Disputed delivery",
                 "subjects": ["%s"], "dataItems": ["user.name", "user.contact.address.shipping"]}""".formatted(COURT, hanako))
                .post("/api/cases").then().statusCode(201).body("status", equalTo("open")).extract().path("id");

        Kura.as(STAFF).post("/api/cases/" + caseId + "/execute").then().statusCode(403);
        Kura.as(STAFF).body("{\"note\": \"approving my own case\"}").post("/api/cases/" + caseId + "/approve")
                .then().statusCode(403);
        Kura.as(Scenario.PRIVACY_OFFICER).body("{\"note\": \"Valid order, scope limited to name and shipping address\"}")
                .post("/api/cases/" + caseId + "/approve").then().statusCode(200).body("status", equalTo("approved"));

        Kura.as(Scenario.PRIVACY_OFFICER).post("/api/cases/" + caseId + "/execute").then().statusCode(200)
                .body("legalBasis", equalTo("legal-order"))
                .body("records", hasSize(1))
                .body("records[0].customerId", equalTo(hanako))
                .body("records[0].name.family", equalTo("Yamada"))
                .body("records[0].shippingAddress.postalCode", equalTo("150-0001"))
                .body("records[0]", not(hasKey("phone")))
                .body("records[0]", not(hasKey("email")))
                .body("records[0]", not(hasKey("billingAddress")));
        Kura.as(Scenario.PRIVACY_OFFICER).post("/api/cases/" + caseId + "/execute").then().statusCode(409);

        Kura.as("hanako").get("/api/disclosures/me").then().statusCode(200)
                .body("recipientName", hasItem("Tokyo District Court"))
                .body("legalBasis", hasItem("legal-order"));
        Kura.as(Scenario.PRIVACY_OFFICER).get("/api/disclosures/ledger/verify").then().statusCode(200)
                .body("valid", equalTo(true));
    }
}
