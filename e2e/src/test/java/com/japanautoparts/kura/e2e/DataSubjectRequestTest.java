package com.japanautoparts.kura.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * Promise 1 across the system: an access request exports everything in one document; an erasure
 * request removes contact data everywhere and pseudonymises orders kept for tax law, and it
 * completes even when a service was down when it started.
 */
class DataSubjectRequestTest {

    @Test
    void accessRequestExportsEverythingInOneDocument() {
        Scenario.recipientsRegistered();
        Scenario.fullContactData("hanako");
        String orderId = Scenario.orderPlaced(Kura.subjectOf("hanako"));

        String location = Kura.as("hanako").body("{\"type\": \"access\"}").post("/api/me/requests")
                .then().statusCode(oneOf(200, 202)).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        awaitStatus("hanako", id, "completed");

        JsonPath export = Kura.as("hanako").get("/api/me/requests/" + id + "/export").then().statusCode(200).extract().jsonPath();
        assertEquals("Yamada", export.getString("services.contact-service.contact.name.family"), export.prettify());
        assertThat(export.getList("services.payment-service.orders.order.orderId"), hasItem(orderId));
        assertThat(export.get("services.consent-service"), notNullValue());
        assertThat(export.get("services.disclosure-service"), notNullValue());
        assertThat(export.getList("requests"), not(empty()));
    }

    @Test
    void erasureCompletesAfterAServiceThatWasDownComesBack() {
        String taro = Kura.subjectOf("taro");
        Scenario.recipientsRegistered();
        Scenario.fullContactData("taro");
        String orderId = Scenario.orderPlaced(taro);

        Stack.stop("payment-service");
        String id;
        try {
            String location = Kura.as("taro").body("{\"type\": \"erasure\"}").post("/api/me/requests")
                    .then().statusCode(202).extract().header("Location");
            id = location.substring(location.lastIndexOf('/') + 1);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> Kura.as("taro")
                    .get("/api/me/requests/" + id).then().statusCode(200)
                    .body("progress.find { it.service == 'contact-service' }.status", equalTo("done"))
                    .body("progress.find { it.service == 'payment-service' }.status", equalTo("pending"))
                    .body("progress.find { it.service == 'payment-service' }.attempts", greaterThan(0)));
            Kura.as("taro").get("/api/me/requests/" + id).then().body("status", not(equalTo("completed")));
        } finally {
            Stack.start("payment-service");
        }
        awaitStatus("taro", id, "completed");

        Kura.as("taro").get("/api/contacts/me").then().statusCode(404);
        Kura.as("taro").get("/api/orders/me").then().statusCode(200).body("$", empty());
        String pseudonym = Kura.as(Scenario.STOREFRONT).get("/api/orders/" + orderId).then().statusCode(200)
                .extract().path("customerId");
        assertNotEquals(taro, pseudonym, "the order kept for tax law no longer names the customer");
    }

    private static void awaitStatus(String customer, String id, String status) {
        Instant started = Instant.now();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> Kura.as(customer)
                .get("/api/me/requests/" + id).then().statusCode(200).body("status", equalTo(status)));
        System.getLogger("e2e").log(System.Logger.Level.INFO, "Request " + id + " " + status + " after "
                + Duration.between(started, Instant.now()).toMillis() + " ms");
    }
}
