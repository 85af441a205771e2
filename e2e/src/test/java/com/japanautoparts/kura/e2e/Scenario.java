package com.japanautoparts.kura.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import io.restassured.response.Response;

/** Steps several scenarios share: registering recipients, storing contact data, placing orders. */
final class Scenario {

    static final String STOREFRONT = "storefront";
    static final String PRIVACY_OFFICER = "kimura-privacy";
    /** The second privacy officer: approves what the first proposes (rules, recipients). */
    static final String SECOND_OFFICER = "ito-privacy";
    static final String YAMATO = "carrier-yamato";
    static final String SAGAWA = "carrier-sagawa";
    static final String KPAY = "processor-kpay";
    static final String STAFF_DESK = "support-desk";

    private Scenario() {
    }

    /**
     * The privacy officers register the third parties (one proposes, the other approves); a second run finds them
     * registered (409). A carrier's recipient id is the carrierId the storefront ships with.
     */
    static void recipientsRegistered() {
        register(YAMATO, "Yamato Transport", "carrier");
        register(SAGAWA, "Sagawa Express", "carrier");
        register(KPAY, "K-Pay Payments", "payment-processor");
    }

    /** Proposed by one privacy officer, approved by the other; the OIDC client id is the id (none for the staff desk). */
    static void register(String id, String name, String kind) {
        String client = kind.equals("staff") ? "" : ", \"oidcClientId\": \"" + id + "\"";
        Response proposed = Kura.as(PRIVACY_OFFICER).body("""
                {"id": "%s", "name": "%s", "kind": "%s", "country": "JP", "transferMechanism": "domestic",
                 "contractReference": "DPA-2026-%s"%s}""".formatted(id, name, kind, id, client))
                .post("/api/recipients");
        proposed.then().statusCode(oneOf(202, 409));
        if (proposed.statusCode() == 202) {
            approved(proposed.path("id"));
        }
    }

    /** The second privacy officer approves a proposal. */
    static void approved(Object proposalId) {
        Kura.as(SECOND_OFFICER).body("{\"note\": \"Checked against the contract\"}")
                .post("/api/disclosures/proposals/" + proposalId + "/approve").then().statusCode(200)
                .body("status", equalTo("applied"));
    }

    static void fullContactData(String customer) {
        Kura.as(customer).body("""
                {"name": {"family": "Yamada", "given": "Hanako"},
                 "addresses": [
                   {"type": "SHIPPING", "postalCode": "150-0001", "region": "Tokyo", "locality": "Shibuya-ku", "line1": "1-2-3 Jingumae"},
                   {"type": "BILLING", "postalCode": "100-0005", "region": "Tokyo", "locality": "Chiyoda-ku", "line1": "1-1 Marunouchi"}],
                 "phones": [{"type": "MOBILE", "number": "+81 90-1234-5678"}],
                 "emails": [{"address": "hanako@example.jp"}]}""")
                .put("/api/contacts/me").then().statusCode(oneOf(200, 201));
    }

    /** The storefront places an order for the customer, paid through K-Pay; returns the order id. */
    static String orderPlaced(String customerId) {
        return Kura.as(STOREFRONT).body("""
                {"customerId": "%s", "currency": "JPY",
                 "lines": [{"sku": "BRK-PAD-0042", "name": "Brake pads", "quantity": 2, "unitPrice": 4800},
                           {"sku": "OIL-FLT-0007", "name": "Oil filter", "quantity": 1, "unitPrice": 1200}],
                 "paymentMethod": {"processorToken": "tok_e2e_1", "brand": "JCB", "last4": "4242",
                                   "expiryMonth": 12, "expiryYear": 2030, "processorId": "%s"}}""".formatted(customerId, KPAY))
                .post("/api/orders").then().statusCode(201).extract().path("orderId");
    }

    static void delivered(String orderId) {
        Kura.as(STOREFRONT).body("{\"action\": \"deliver\"}").post("/api/orders/" + orderId + "/transitions").then().statusCode(200);
    }

    static void shippedBy(String orderId, String carrier) {
        Kura.as(STOREFRONT).body("{\"action\": \"pay\"}").post("/api/orders/" + orderId + "/transitions").then().statusCode(200);
        Kura.as(STOREFRONT).body("{\"action\": \"ship\", \"carrierId\": \"" + carrier + "\", \"trackingNumber\": \"YT-1234-5678\"}")
                .post("/api/orders/" + orderId + "/transitions").then().statusCode(200);
    }
}
