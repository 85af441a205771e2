package com.japanautoparts.kura.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Issue 15 through the gateway with real tokens: need-to-know in time (disclosure windows, the address the order was
 * placed with), in content changed only by two people (rule proposals, versions), against floods (one carrier's malformed
 * ids cannot block the processor), and the store's own reads in the customer's access report.
 */
class NeedToKnowInTimeTest {

    private static final String CARRIER_RULE = "find { it.recipientKind == 'carrier' && it.purpose == 'delivery' }";

    @BeforeAll
    static void recipients() {
        Scenario.recipientsRegistered();
        Scenario.fullContactData("hanako");
    }

    @Test
    void aRuleChangeApprovedByItsProposerIsRefusedAndByASecondOfficerIsAppliedAndVersioned() {
        Scenario.register(Scenario.STAFF_DESK, "Customer support desk", "staff");
        Map<String, Object> staff = rule("find { it.recipientKind == 'staff' }");
        int version = (Integer) staff.get("version");
        String body = """
                {"recipientKind": "staff", "purpose": "support", "legalBasis": "contract", "requiresAssignment": false,
                 "requiresReason": true, "description": "Answering the customer, with a stated reason (e2e run %s)"}"""
                .formatted(Kura.mark());

        Response proposed = Kura.as(Scenario.PRIVACY_OFFICER).body(body).put("/api/rules/" + staff.get("id"));
        proposed.then().statusCode(202).body("status", equalTo("open")).body("baseVersion", equalTo(version));
        Object proposal = proposed.path("id");
        Kura.as(Scenario.PRIVACY_OFFICER).body("{\"note\": \"approving my own change\"}")
                .post("/api/disclosures/proposals/" + proposal + "/approve").then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(version, rule("find { it.recipientKind == 'staff' }").get("version"), "refused: nothing applied");

        Kura.as(Scenario.SECOND_OFFICER).body("{\"note\": \"Wording agreed with support\"}")
                .post("/api/disclosures/proposals/" + proposal + "/approve").then().statusCode(200)
                .body("status", equalTo("applied")).body("appliedVersion", equalTo(version + 1));
        assertEquals(version + 1, rule("find { it.recipientKind == 'staff' }").get("version"));
        Kura.as(Scenario.PRIVACY_OFFICER).get("/api/rules/history?recipientKind=staff&purpose=support").then().statusCode(200)
                .body("[0].appliedVersion", equalTo(version + 1))
                .body("[0].proposedBy", equalTo(Kura.subjectOf(Scenario.PRIVACY_OFFICER)))
                .body("[0].decidedBy", equalTo(Kura.subjectOf(Scenario.SECOND_OFFICER)));

        // What leaves under the rule names its version, in the answer and in the ledger.
        Response support = Kura.as("sato-staff").body("{\"reason\": \"Customer called about a parcel, ticket SUP-77\"}")
                .post("/api/disclosures/customers/" + Kura.subjectOf("hanako") + "/support");
        support.then().statusCode(200).body("ruleVersion", equalTo(version + 1));
        Kura.as(Scenario.PRIVACY_OFFICER).get("/api/disclosures/ledger?subject=" + Kura.subjectOf("hanako") + "&limit=5")
                .then().statusCode(200).body("find { it.id == " + support.path("disclosureId") + " }.ruleVersion", equalTo(version + 1));
        // The customer's report is as before: who, when, what, why.
        Kura.as("hanako").get("/api/disclosures/me").then().statusCode(200).body("purpose", hasItem("support"))
                .body("$", everyItem(not(hasKey("ruleVersion"))));
    }

    @Test
    void aCarrierAfterTheWindowGets404AndTheRefusalIsRecorded() {
        Map<String, Object> carrier = rule(CARRIER_RULE);
        String orderId = Scenario.orderPlaced(Kura.subjectOf("hanako"));
        Scenario.shippedBy(orderId, Scenario.YAMATO);
        Kura.as(Scenario.YAMATO).get("/api/disclosures/orders/" + orderId + "/delivery").then().statusCode(200);
        Scenario.delivered(orderId);
        Kura.as(Scenario.YAMATO).get("/api/disclosures/orders/" + orderId + "/delivery").then().statusCode(200);

        // The officers close the carrier's window at delivery (no days for returns), then put the 14 days back.
        int closed = changeCarrierGrace(carrier, "P0D");
        try {
            Response late = Kura.as(Scenario.YAMATO).get("/api/disclosures/orders/" + orderId + "/delivery");
            late.then().statusCode(404).contentType("application/problem+json").body("detail", equalTo("No such order"));
            Response unknown = Kura.as(Scenario.YAMATO).get("/api/disclosures/orders/00000000-0000-4000-8000-000000000000/delivery");
            assertEquals(unknown.statusCode(), late.statusCode());
            assertEquals(unknown.path("detail").toString(), late.path("detail").toString(), "after the window: like an unknown order");

            String hanako = Kura.subjectOf("hanako");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                JsonPath ledger = Kura.as(Scenario.PRIVACY_OFFICER).get("/api/disclosures/ledger?limit=50").then().statusCode(200)
                        .extract().jsonPath();
                List<Map<String, Object>> refused = ledger.getList("findAll { it.refusal == 'outside-window' && it.recipientId == '"
                        + Scenario.YAMATO + "' && it.ruleVersion == " + closed + " }");
                assertTrue(!refused.isEmpty(), "an aggregate refusal row for Yamato, outside the window, under version " + closed);
                assertTrue(refused.stream().anyMatch(r -> ((List<?>) r.get("subjects")).contains(hanako)), "naming whose order");
            });
        } finally {
            changeCarrierGrace(rule(CARRIER_RULE), "P14D");
        }
        Kura.as(Scenario.YAMATO).get("/api/disclosures/orders/" + orderId + "/delivery").then().statusCode(200);
    }

    @Test
    void aCarrierAfterTheCustomerMovedGetsTheAddressTheOrderWasPlacedWith() {
        String orderId = Scenario.orderPlaced(Kura.subjectOf("hanako"));
        Scenario.shippedBy(orderId, Scenario.YAMATO);
        try {
            Kura.as("hanako").body("""
                    {"name": {"family": "Yamada", "given": "Hanako"},
                     "addresses": [{"type": "SHIPPING", "postalCode": "530-0001", "region": "Osaka", "locality": "Kita-ku",
                                    "line1": "9-9 Umeda, the new home"}],
                     "phones": [{"type": "MOBILE", "number": "+81 80-9999-0000"}]}""")
                    .put("/api/contacts/me").then().statusCode(200);

            Kura.as(Scenario.YAMATO).get("/api/disclosures/orders/" + orderId + "/delivery").then().statusCode(200)
                    .body("contact.shippingAddress.postalCode", equalTo("150-0001"))
                    .body("contact.shippingAddress.line1", equalTo("1-2-3 Jingumae"))
                    .body("contact.phone.number", equalTo("+81 90-1234-5678"));

            String after = Scenario.orderPlaced(Kura.subjectOf("hanako"));
            Scenario.shippedBy(after, Scenario.YAMATO);
            Kura.as(Scenario.YAMATO).get("/api/disclosures/orders/" + after + "/delivery").then().statusCode(200)
                    .body("contact.shippingAddress.postalCode", equalTo("530-0001"));
        } finally {
            Scenario.fullContactData("hanako");
        }
    }

    @Test
    void aCorrectionBeforeTheOrderShipsReachesItsCarrierAndNotAnOrderAlreadyShipped() {
        String shipped = Scenario.orderPlaced(Kura.subjectOf("hanako"));
        Scenario.shippedBy(shipped, Scenario.YAMATO);
        String open = Scenario.orderPlaced(Kura.subjectOf("hanako"));
        try {
            Kura.as("hanako").contentType("application/merge-patch+json; charset=UTF-8").body("""
                    {"addresses": [
                       {"type": "SHIPPING", "postalCode": "150-0001", "region": "Tokyo", "locality": "Shibuya-ku",
                        "line1": "1-2-4 Jingumae, the right block"},
                       {"type": "BILLING", "postalCode": "100-0005", "region": "Tokyo", "locality": "Chiyoda-ku",
                        "line1": "1-2 Marunouchi, corrected"}]}""")
                    .patch("/api/contacts/me").then().statusCode(200);

            // contact-service's outbox passes the correction on to payment-service within seconds; the processor, whose
            // window is open from placement, sees it on the order not yet shipped.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> "1-2 Marunouchi, corrected".equals(Kura.as(Scenario.KPAY)
                            .get("/api/disclosures/orders/" + open + "/payment").then().extract().path("contact.billingAddress.line1")));
            Scenario.shippedBy(open, Scenario.YAMATO);
            Kura.as(Scenario.YAMATO).get("/api/disclosures/orders/" + open + "/delivery").then().statusCode(200)
                    .body("contact.shippingAddress.line1", equalTo("1-2-4 Jingumae, the right block"));

            // The order already in delivery keeps what Yamato got (Yamato is told of the correction by a notice instead).
            Kura.as(Scenario.YAMATO).get("/api/disclosures/orders/" + shipped + "/delivery").then().statusCode(200)
                    .body("contact.shippingAddress.line1", equalTo("1-2-3 Jingumae"));
        } finally {
            Scenario.fullContactData("hanako");
        }
    }

    @Test
    void aFloodOfMalformedIdsFromOneCarrierDoesNotAffectTheProcessor() {
        String orderId = Scenario.orderPlaced(Kura.subjectOf("hanako"));
        long before = newestLedgerRow();
        int limited = 0;
        for (int i = 0; i < 150; i++) {
            Response response = Kura.as(Scenario.SAGAWA).get("/api/disclosures/orders/" + "7".repeat(40) + "/delivery");
            response.then().statusCode(oneOf(400, 429)).contentType("application/problem+json");
            if (response.statusCode() == 429) {
                limited++;
                assertNotNull(response.header("Retry-After"));
            }
        }
        assertTrue(limited > 0, "the carrier's own rate limit answered 429");

        // The processor is untouched: its own budget, and payment-service's breaker never saw a failure.
        Kura.as(Scenario.KPAY).get("/api/disclosures/orders/" + orderId + "/payment").then().statusCode(200)
                .body("order.amount", equalTo(10800));

        // The officer sees the flood (counted at once, written every few seconds), and it is a handful of ledger rows, not 150.
        JsonPath refusals = Kura.as(Scenario.PRIVACY_OFFICER).get("/api/disclosures/refusals?minutes=10").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(sum(refusals, "pending") + sum(refusals, "recorded") > 0, "the flood is in the officer's view");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> Kura
                .as(Scenario.PRIVACY_OFFICER).get("/api/disclosures/refusals?minutes=10").then().statusCode(200)
                .body("recorded.findAll { it.actor == '" + Scenario.SAGAWA + "' }.attempts.sum()", greaterThanOrEqualTo(150)));
        assertTrue(newestLedgerRow() - before < 20, "150 refusals are a few aggregate rows");

        // Sagawa gets its budget back within seconds: the flood leaves nothing behind.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofSeconds(1)).until(() -> Kura.as(Scenario.SAGAWA)
                .get("/api/disclosures/orders/" + orderId + "/delivery").statusCode() == 404);
    }

    @Test
    void aStorefrontReadAppearsInTheCustomersAccessReport() {
        String hanako = Kura.subjectOf("hanako");
        Kura.as(Scenario.STOREFRONT).get("/api/contacts/" + hanako + "/checkout").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> Kura.as("hanako")
                .get("/api/contacts/me/access-log").then().statusCode(200)
                .body("find { it.reader == 'storefront' && it.purpose == 'checkout' }.dataItems",
                        hasItem("user.contact.address.shipping")));
        Kura.as("hanako").get("/api/contacts/me/access-log").then()
                .body("$", everyItem(not(hasKey("customerId"))))
                .body(not(org.hamcrest.Matchers.containsString("Jingumae")));
        Kura.as("taro").get("/api/contacts/me/access-log").then().statusCode(200)
                .body("$", everyItem(not(hasKey("customerId"))));
        Kura.as(Scenario.PRIVACY_OFFICER).get("/api/contacts/access-log/anomalies?hours=1").then().statusCode(200)
                .body("reader", hasItem("storefront"))
                .body(not(org.hamcrest.Matchers.containsString(hanako)));
        Kura.as("hanako").get("/api/contacts/access-log/anomalies").then().statusCode(403);
    }

    /** The officers change the carrier rule's grace: one proposes, the other approves. Returns the new version. */
    private static int changeCarrierGrace(Map<String, Object> carrier, String grace) {
        String body = """
                {"recipientKind": "carrier", "purpose": "delivery", "legalBasis": "outsourcing", "requiresAssignment": true,
                 "requiresReason": false, "description": "Delivery of orders assigned to the carrier (APPI Art. 27(5)(i) outsourcing).",
                 "window": {"opensAt": "shipped", "closesAt": ["delivered", "cancelled", "refunded"], "grace": "%s"}}"""
                .formatted(grace);
        Object proposal = Kura.as(Scenario.PRIVACY_OFFICER).body(body).put("/api/rules/" + carrier.get("id"))
                .then().statusCode(202).extract().path("id");
        Scenario.approved(proposal);
        Map<String, Object> changed = rule(CARRIER_RULE);
        assertEquals(grace, ((Map<?, ?>) changed.get("window")).get("grace"));
        return (Integer) changed.get("version");
    }

    private static Map<String, Object> rule(String find) {
        return Kura.as(Scenario.PRIVACY_OFFICER).get("/api/rules").then().statusCode(200).extract().jsonPath().getMap(find);
    }

    private static long newestLedgerRow() {
        return Kura.as(Scenario.PRIVACY_OFFICER).get("/api/disclosures/ledger?limit=1").then().statusCode(200).extract()
                .jsonPath().getLong("[0].id");
    }

    private static long sum(JsonPath refusals, String list) {
        List<Integer> attempts = refusals.getList(list + ".findAll { it.actor == '" + Scenario.SAGAWA + "' }.attempts");
        return attempts.stream().mapToLong(Integer::longValue).sum();
    }
}
