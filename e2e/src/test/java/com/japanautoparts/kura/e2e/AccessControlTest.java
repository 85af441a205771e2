package com.japanautoparts.kura.e2e;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

/** Promise 10: the right role for every call, and no party reaches another's data. */
class AccessControlTest {

    @Test
    void noTokenNoEntryAtTheGateway() {
        Kura.anonymous().get("/api/contacts/me").then().statusCode(401);
        Kura.anonymous().get("/api/orders/me").then().statusCode(401);
        Kura.anonymous().auth().oauth2("not.a.token").get("/api/contacts/me").then().statusCode(401);
    }

    @Test
    void oneCustomerNeverReachesAnothersOrders() {
        Scenario.recipientsRegistered();
        Scenario.fullContactData("hanako");
        String orderId = Scenario.orderPlaced(Kura.subjectOf("hanako"));

        Kura.as("hanako").get("/api/orders/me/" + orderId).then().statusCode(200);
        Kura.as("taro").get("/api/orders/me/" + orderId).then().statusCode(404);
        Kura.as("taro").get("/api/orders/me").then().statusCode(200).body("orderId", not(hasItem(orderId)));
    }

    @Test
    void thirdPartiesAndCustomersCannotCallInternalOrStorefrontEndpoints() {
        String hanako = Kura.subjectOf("hanako");
        // A token not issued for the service (its audience) is 401 there; one issued for it without the role, 403.
        Kura.as(Scenario.YAMATO).get("/api/contacts/" + hanako + "/checkout").then().statusCode(401);
        Kura.as(Scenario.YAMATO).get("/api/contacts/me").then().statusCode(401);
        Kura.as("taro").get("/api/contacts/" + hanako + "/checkout").then().statusCode(403);
        Kura.as("taro").get("/api/consents/eligibility/" + hanako + "/marketing-email-specials").then().statusCode(403);
        Kura.as("taro").get("/api/disclosures/ledger").then().statusCode(403);
        Kura.as("affiliate-partsblog").get("/api/orders/me").then().statusCode(401);
    }
}
