package com.japanautoparts.kura.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * GDPR Art. 19 through the real stack: taro's address, received by Yamato for an order in delivery, is corrected; Yamato
 * (and not Sagawa, who received nothing) gets a notice with the corrected address, acknowledges it, and taro's report
 * says so. Then taro removes his contact data: Yamato is told to erase what it holds about the order, without a value.
 * Every step is a ledger row, and the ledger still verifies.
 */
class CorrectionsPassedOnTest {

    private static final String CUSTOMER = "taro";

    @Test
    void aCorrectionAndAnErasureReachTheCarrierThatReceivedTheDataAndNobodyElse() {
        Scenario.recipientsRegistered();
        Kura.as(CUSTOMER).body("""
                {"name": {"family": "鈴木", "given": "太郎", "familyKana": "ｽｽﾞｷ", "givenKana": "たろう"},
                 "addresses": [{"type": "SHIPPING", "postalCode": "530-0001", "region": "大阪府", "locality": "大阪市北区",
                                "line1": "梅田1-1"}],
                 "phones": [{"type": "MOBILE", "number": "+81 90-8765-4321"}]}""")
                .put("/api/contacts/me").then().statusCode(oneOf(200, 201));
        String orderId = Scenario.orderPlaced(Kura.subjectOf(CUSTOMER));
        Scenario.shippedBy(orderId, Scenario.YAMATO);

        // Yamato receives the name with its reading, the address and the phone.
        Kura.as(Scenario.YAMATO).get("/api/disclosures/orders/" + orderId + "/delivery").then().statusCode(200)
                .body("contact.name.familyKana", equalTo("スズキ"))
                .body("dataItems", hasItem("user.name.reading"))
                .body("contact.shippingAddress.postalCode", equalTo("530-0001"));

        // Taro corrects the address (a wrong block number), writing the postal code as on an envelope.
        Kura.as(CUSTOMER).contentType("application/merge-patch+json; charset=UTF-8").body("""
                {"addresses": [{"type": "SHIPPING", "postalCode": "〒５３０－０００２", "region": "大阪府", "locality": "大阪市北区",
                                "line1": "曽根崎2-2"}]}""")
                .patch("/api/contacts/me").then().statusCode(200);

        long correction = awaitNotice(Scenario.YAMATO, orderId, "correction");
        Kura.as(Scenario.SAGAWA).get("/api/disclosures/notices").then().statusCode(200).body("orderId", not(hasItem(orderId)));
        Kura.as(Scenario.KPAY).get("/api/disclosures/notices").then().statusCode(200).body("orderId", not(hasItem(orderId)));

        Kura.as(Scenario.YAMATO).get("/api/disclosures/notices/" + correction).then().statusCode(200)
                .body("dataItems", equalTo(List.of("user.contact.address.shipping")))
                .body("corrected.shippingAddress.postalCode", equalTo("530-0002"))
                .body("corrected.shippingAddress.line1", equalTo("曽根崎2-2"))
                .body("corrected", not(hasKey("name")))
                .body("disclosureId", notNullValue());
        Kura.as(Scenario.SAGAWA).get("/api/disclosures/notices/" + correction).then().statusCode(404);
        Kura.as(Scenario.PRIVACY_OFFICER).get("/api/disclosures/notices/unacknowledged?limit=1000").then().statusCode(200)
                .body("id", hasItem((int) correction));

        Kura.as(Scenario.YAMATO).post("/api/disclosures/notices/" + correction + "/acknowledge").then().statusCode(200)
                .body("acknowledgedAt", notNullValue());
        Kura.as(Scenario.PRIVACY_OFFICER).get("/api/disclosures/notices/unacknowledged?limit=1000").then().statusCode(200)
                .body("id", not(hasItem((int) correction)));
        List<Map<String, Object>> told = noticesInReport(orderId);
        assertEquals(1, told.size(), "the customer's report: " + told);
        assertEquals("correction", told.get(0).get("kind"));
        assertNotNull(told.get(0).get("acknowledgedAt"), "and Yamato acknowledged it");

        // Taro removes his contact data: Yamato is told to erase what it holds about the order, and nothing else.
        Kura.as(CUSTOMER).delete("/api/contacts/me").then().statusCode(204);
        long erasure = awaitNotice(Scenario.YAMATO, orderId, "erasure");
        Kura.as(Scenario.YAMATO).get("/api/disclosures/notices/" + erasure).then().statusCode(200)
                .body("instruction", containsString("erase what you hold about this order"))
                .body("dataItems", hasItem("user.contact.address.shipping"))
                .body("$", not(hasKey("corrected")))
                .body(not(containsString("曽根崎")));
        Kura.as(Scenario.SAGAWA).get("/api/disclosures/notices").then().statusCode(200).body("orderId", not(hasItem(orderId)));
        Kura.as(Scenario.YAMATO).post("/api/disclosures/notices/" + erasure + "/acknowledge").then().statusCode(200);
        List<Map<String, Object>> all = noticesInReport(orderId);
        assertTrue(all.stream().anyMatch(n -> "erasure".equals(n.get("kind")) && n.get("acknowledgedAt") != null),
                "the report shows Yamato was told to erase, and acknowledged: " + all);

        Kura.as(Scenario.PRIVACY_OFFICER).get("/api/disclosures/ledger?subject=" + Kura.subjectOf(CUSTOMER) + "&limit=50")
                .then().statusCode(200).body("outcome", hasItem("NOTIFIED")).body("outcome", hasItem("ACKNOWLEDGED"));
        Kura.as(Scenario.PRIVACY_OFFICER).get("/api/disclosures/ledger/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    /** Every notice shown under the customer's disclosures of this order (each under the disclosure it follows). */
    private static List<Map<String, Object>> noticesInReport(String orderId) {
        JsonPath report = Kura.as(CUSTOMER).get("/api/disclosures/me").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> entries = report.getList("findAll { it.reference == 'order:" + orderId + "' }");
        List<Map<String, Object>> notices = new ArrayList<>();
        for (Map<String, Object> entry : entries) {
            Object told = entry.get("notices");
            if (told instanceof List<?> list) {
                list.forEach(n -> notices.add(toMap(n)));
            }
        }
        return notices;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> toMap(Object notice) {
        return (Map<String, Object>) notice;
    }

    /** The id of the recipient's pending notice of this kind about the order, once contact-service's report arrived. */
    private static long awaitNotice(String recipient, String orderId, String kind) {
        String path = "find { it.orderId == '" + orderId + "' && it.kind == '" + kind + "' }.id";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> Kura.as(recipient)
                .get("/api/disclosures/notices").then().statusCode(200).extract().jsonPath().get(path) != null);
        return Kura.as(recipient).get("/api/disclosures/notices").then().extract().jsonPath().getLong(path);
    }
}
