package com.japanautoparts.kura.e2e;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;

import org.junit.jupiter.api.Test;

/** Promise 1: a customer reads every piece of contact data held, changes it, and removes it. */
class AccessModifyRemoveTest {

    private static final String CUSTOMER = "taro";

    @Test
    void customerReadsChangesAndRemovesTheirContactData() {
        Kura.as(CUSTOMER).body("""
                {"name": {"family": "Suzuki", "given": "Taro"},
                 "addresses": [{"type": "HOME", "postalCode": "530-0001", "locality": "Osaka", "line1": "1-1 Umeda"}],
                 "emails": [{"address": "taro@example.jp"}]}""")
                .put("/api/contacts/me").then().statusCode(oneOf(200, 201));

        Kura.as(CUSTOMER).get("/api/contacts/me").then().statusCode(200)
                .body("name.family", equalTo("Suzuki"))
                .body("addresses[0].postalCode", equalTo("530-0001"));

        Kura.as(CUSTOMER).contentType("application/merge-patch+json").body("{\"emails\": [{\"address\": \"taro.s@example.jp\"}]}")
                .patch("/api/contacts/me").then().statusCode(200);
        Kura.as(CUSTOMER).get("/api/contacts/me").then().statusCode(200)
                .body("emails[0].address", equalTo("taro.s@example.jp"));
        Kura.as(CUSTOMER).get("/api/contacts/me/history").then().statusCode(200)
                .body("field", hasItem("emails[0]"));

        Kura.as(CUSTOMER).delete("/api/contacts/me").then().statusCode(204);
        Kura.as(CUSTOMER).get("/api/contacts/me").then().statusCode(404)
                .contentType("application/problem+json");
        Kura.as(CUSTOMER).get("/api/contacts/me/history").then().statusCode(404);
        Kura.as(CUSTOMER).delete("/api/contacts/me").then().statusCode(204);
    }

    @Test
    void everyContactFieldIsOptional() {
        Kura.as(CUSTOMER).body("{}").put("/api/contacts/me").then().statusCode(oneOf(200, 201));
        Kura.as(CUSTOMER).get("/api/contacts/me").then().statusCode(200).body("addresses", empty());
    }
}
