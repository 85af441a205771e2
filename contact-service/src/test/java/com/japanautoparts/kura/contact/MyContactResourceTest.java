package com.japanautoparts.kura.contact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = MyContactResourceTest.CUSTOMER, roles = Roles.CUSTOMER)
class MyContactResourceTest {

    static final String CUSTOMER = "customer-self-service";
    private static final String EMAIL = "self.service@example.jp";

    @BeforeEach
    void startEmpty() {
        given().delete("/contacts/me").then().statusCode(204);
    }

    @Test
    void createsReadsAndReplacesAllContactData() {
        given().contentType(ContentType.JSON).body(ContactFixtures.contact(EMAIL))
                .put("/contacts/me")
                .then().statusCode(201).header("Location", endsWith("/contacts/me"));

        given().get("/contacts/me").then().statusCode(200)
                .body("name.family", equalTo(ContactFixtures.FAMILY))
                .body("addresses.type", contains("SHIPPING", "BILLING"))
                .body("addresses[0].postalCode", equalTo(ContactFixtures.POSTAL_CODE))
                .body("addresses[1].country", equalTo("US"))
                .body("phones[0].number", equalTo(ContactFixtures.PHONE))
                .body("emails[0].address", equalTo(EMAIL));

        given().contentType(ContentType.JSON).body("{\"emails\": [{\"address\": \"new@example.jp\"}, {\"address\": \"" + EMAIL + "\"}]}")
                .put("/contacts/me")
                .then().statusCode(200);

        given().get("/contacts/me").then().statusCode(200)
                .body("name", nullValue())
                .body("addresses", empty())
                .body("emails.address", contains("new@example.jp", EMAIL));
    }

    @Test
    void everyFieldIsOptional() {
        given().contentType(ContentType.JSON).body("{}").put("/contacts/me").then().statusCode(201);
        given().get("/contacts/me").then().statusCode(200).body("addresses", empty()).body("name", nullValue());

        given().contentType(ContentType.JSON).body("{\"name\": {\"given\": \"Ken\"}, \"addresses\": [{\"type\": \"HOME\"}]}")
                .put("/contacts/me").then().statusCode(200);
        given().get("/contacts/me").then().statusCode(200)
                .body("name.given", equalTo("Ken"))
                .body("addresses[0].country", equalTo("JP"));
    }

    @Test
    void mergePatchChangesOnlyWhatItNames() {
        given().contentType(ContentType.JSON).body(ContactFixtures.contact(EMAIL)).put("/contacts/me").then().statusCode(201);

        given().contentType("application/merge-patch+json").body("{\"name\": {\"given\": \"Hana\"}, \"phones\": null}")
                .patch("/contacts/me")
                .then().statusCode(200).body("name.given", equalTo("Hana"));

        given().get("/contacts/me").then().statusCode(200)
                .body("name.given", equalTo("Hana"))
                .body("name.family", equalTo(ContactFixtures.FAMILY))
                .body("phones", empty())
                .body("emails[0].address", equalTo(EMAIL))
                .body("addresses", hasSize(2));
    }

    @Test
    void invalidMergePatchLeavesDataUnchanged() {
        given().contentType(ContentType.JSON).body(ContactFixtures.contact(EMAIL)).put("/contacts/me").then().statusCode(201);

        given().contentType("application/merge-patch+json").body("{\"addresses\": [{\"type\": \"HOME\", \"postalCode\": \"15000011\"}]}")
                .patch("/contacts/me")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("addresses[0].postalCode"));
        given().contentType("application/merge-patch+json").body("{\"nickname\": \"x\"}")
                .patch("/contacts/me")
                .then().statusCode(400).body("detail", equalTo("Unknown field 'nickname'"));

        given().get("/contacts/me").then().statusCode(200).body("addresses", hasSize(2))
                .body("addresses[0].postalCode", equalTo(ContactFixtures.POSTAL_CODE));
    }

    @Test
    void historyNamesFieldsActorsAndKindsButNoValues() {
        given().contentType(ContentType.JSON).body(ContactFixtures.contact(EMAIL)).put("/contacts/me").then().statusCode(201);
        given().contentType("application/merge-patch+json").body("{\"name\": {\"given\": \"Hana\"}, \"phones\": null}")
                .patch("/contacts/me").then().statusCode(200);

        String history = given().get("/contacts/me/history").then().statusCode(200)
                .body("field", hasItems("name.family", "name.given", "addresses[0]", "addresses[1]", "phones[0]", "emails[0]"))
                .body("actor", not(empty()))
                .body("findAll { it.field == 'phones[0]' }.kind", contains("ADDED", "REMOVED"))
                .body("findAll { it.field == 'name.given' }.kind", contains("ADDED", "CHANGED"))
                .extract().asString();

        assertThat(history, not(containsString(ContactFixtures.PHONE)));
        assertThat(history, not(containsString("Hana")));
    }

    @Test
    void removalIsHardAndIdempotent() {
        given().contentType(ContentType.JSON).body(ContactFixtures.contact(EMAIL)).put("/contacts/me").then().statusCode(201);

        given().delete("/contacts/me").then().statusCode(204);
        given().delete("/contacts/me").then().statusCode(204);

        given().get("/contacts/me").then().statusCode(404).contentType("application/problem+json");
        given().get("/contacts/me/history").then().statusCode(404);
    }
}
