package com.japanautoparts.kura.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.oneOf;

import org.junit.jupiter.api.Test;

/** Promise 2: every field is optional; an action that needs one says which, clearly. */
class OptionalAtCollectionTest {

    @Test
    void anOrderNeedsAShippingAddressAndSaysSo() {
        String taro = Kura.subjectOf("taro");
        Kura.as("taro").body("{\"emails\": [{\"address\": \"taro@example.jp\"}]}").put("/api/contacts/me")
                .then().statusCode(oneOf(200, 201));

        Kura.as(Scenario.STOREFRONT).body("""
                {"customerId": "%s", "currency": "JPY",
                 "lines": [{"sku": "WPR-0001", "name": "Wiper blade", "quantity": 1, "unitPrice": 1500}],
                 "paymentMethod": {"processorToken": "tok_e2e_2", "brand": "VISA", "last4": "1111",
                                   "expiryMonth": 1, "expiryYear": 2031, "processorId": "processor-kpay"}}""".formatted(taro))
                .post("/api/orders").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("a shipping address is needed to place an order"));

        Kura.as(Scenario.STOREFRONT).get("/api/orders?customerId=" + taro);
    }
}
