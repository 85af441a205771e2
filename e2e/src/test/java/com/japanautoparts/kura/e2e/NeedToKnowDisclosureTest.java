package com.japanautoparts.kura.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Promises 4 and 9: carriers and processors get only what their job needs, for the orders assigned
 * to them, through the broker, with a ledger row first; the customer sees who got their data.
 */
class NeedToKnowDisclosureTest {

    private static String orderId;

    @BeforeAll
    static void anOrderShippedByYamatoAndPaidThroughKpay() {
        Scenario.recipientsRegistered();
        Scenario.fullContactData("hanako");
        orderId = Scenario.orderPlaced(Kura.subjectOf("hanako"));
        Scenario.shippedBy(orderId, Scenario.YAMATO);
    }

    @Test
    void theAssignedCarrierGetsNameShippingAddressAndPhoneOnly() {
        Kura.as(Scenario.YAMATO).get("/api/disclosures/orders/" + orderId + "/delivery").then().statusCode(200)
                .body("disclosureId", notNullValue())
                .body("order.trackingNumber", equalTo("YT-1234-5678"))
                .body("contact.name.family", equalTo("Yamada"))
                .body("contact.shippingAddress.postalCode", equalTo("150-0001"))
                .body("contact.phone.number", equalTo("+81 90-1234-5678"))
                .body("contact", not(hasKey("billingAddress")))
                .body("contact", not(hasKey("email")))
                .body("order", not(hasKey("paymentToken")));
    }

    @Test
    void anotherCarrierGetsNotFoundAndThePaymentPurposeIsRefused() {
        Kura.as(Scenario.SAGAWA).get("/api/disclosures/orders/" + orderId + "/delivery").then().statusCode(404)
                .contentType("application/problem+json");
        int refused = Kura.as(Scenario.YAMATO).get("/api/disclosures/orders/" + orderId + "/payment").statusCode();
        assertTrue(refused == 403 || refused == 404, "carrier asking for payment data: " + refused);
    }

    @Test
    void theProcessorGetsTokenAmountAndBillingAddress() {
        Kura.as(Scenario.KPAY).get("/api/disclosures/orders/" + orderId + "/payment").then().statusCode(200)
                .body("order.paymentToken", equalTo("tok_e2e_1"))
                .body("order.amount", equalTo(10800))
                .body("order.currency", equalTo("JPY"))
                .body("contact.billingAddress.postalCode", equalTo("100-0005"))
                .body("contact", not(hasKey("shippingAddress")))
                .body("contact", not(hasKey("phone")));
    }

    @Test
    void everyDisclosureIsInTheVerifiedLedgerAndTheCustomersReport() {
        Kura.as(Scenario.YAMATO).get("/api/disclosures/orders/" + orderId + "/delivery").then().statusCode(200);

        Kura.as("hanako").get("/api/disclosures/me").then().statusCode(200)
                .body("recipientName", hasItem("Yamato Transport"))
                .body("purpose", hasItem("delivery"));
        Kura.as(Scenario.PRIVACY_OFFICER).get("/api/disclosures/ledger/verify").then().statusCode(200)
                .body("valid", equalTo(true));
        Kura.as("taro").get("/api/disclosures/me").then().statusCode(200)
                .body("reference", not(hasItem(orderId)));
    }
}
