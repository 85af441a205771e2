package com.japanautoparts.kura.contact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.contact.api.ContactDto;
import com.japanautoparts.kura.contact.service.ContactService;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Japanese customers as they are: the name's reading in katakana, postal codes as people write them. */
@QuarkusTest
class JapaneseCustomerTest {

    static final String CUSTOMER = "customer-japanese";

    private static final String HALF_WIDTH_AND_HIRAGANA = """
            {"name": {"family": "山田", "given": "花子", "familyKana": "ﾔﾏﾀﾞ", "givenKana": "はなこ"},
             "addresses": [{"type": "SHIPPING", "postalCode": "〒１５０－０００１", "region": "東京都", "locality": "渋谷区",
                            "line1": "神宮前1-2-3", "line2": "ハイツ401"}],
             "phones": [{"type": "MOBILE", "number": "+81 90-1234-5678"}]}""";

    @Inject
    DataSource dataSource;

    @Inject
    ContactService contacts;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void startEmpty() {
        contacts.remove(CUSTOMER);
    }

    @Test
    @TestSecurity(user = CUSTOMER, roles = Roles.CUSTOMER)
    void theReadingIsKeptInFullWidthKatakanaAndThePostalCodeAsNnnNnnn() throws Exception {
        given().contentType(ContentType.JSON).body(HALF_WIDTH_AND_HIRAGANA).put("/contacts/me").then().statusCode(201)
                .body("name.familyKana", equalTo("ヤマダ"));

        given().get("/contacts/me").then().statusCode(200)
                .body("name.family", equalTo("山田"))
                .body("name.familyKana", equalTo("ヤマダ"))
                .body("name.givenKana", equalTo("ハナコ"))
                .body("addresses[0].postalCode", equalTo("150-0001"));
        given().get("/contacts/me/history").then().statusCode(200).body("field", hasItem("name.givenKana"));

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select family_kana, given_kana from customer where subject = '" + CUSTOMER + "'")) {
            rows.next();
            String stored = new String(rows.getBytes(1), StandardCharsets.UTF_8) + new String(rows.getBytes(2), StandardCharsets.UTF_8);
            assertFalse(stored.contains("ヤマダ") || stored.contains("ハナコ"), "the reading is ciphertext at rest");
        }
    }

    @Test
    @TestSecurity(user = CUSTOMER, roles = Roles.CUSTOMER)
    void aMergePatchCorrectsTheReadingAloneAndAPostalCodeWithoutHyphen() {
        given().contentType(ContentType.JSON).body(HALF_WIDTH_AND_HIRAGANA).put("/contacts/me").then().statusCode(201);
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"name\": {\"givenKana\": \"ﾊﾅ\"}, \"addresses\": [{\"type\": \"SHIPPING\", \"postalCode\": \"1000001\"}]}")
                .patch("/contacts/me").then().statusCode(200);
        given().get("/contacts/me").then().statusCode(200)
                .body("name.family", equalTo("山田"))
                .body("name.givenKana", equalTo("ハナ"))
                .body("addresses.postalCode", contains("100-0001"));
    }

    @Test
    @TestSecurity(user = CUSTOMER, roles = Roles.CUSTOMER)
    void aReadingThatIsNoKatakanaIsRefusedWithoutEchoAndNothingChanges() {
        given().contentType(ContentType.JSON).body(HALF_WIDTH_AND_HIRAGANA).put("/contacts/me").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"name\": {\"family\": \"山田\", \"familyKana\": \"Yamadaya\"}}")
                .put("/contacts/me").then().statusCode(400).contentType("application/problem+json")
                .body(not(org.hamcrest.Matchers.containsString("Yamadaya")));
        given().get("/contacts/me").then().statusCode(200).body("name.familyKana", equalTo("ヤマダ"));
    }

    @Test
    @TestSecurity(user = "disclosure-service", roles = Roles.DISCLOSURE_BROKER)
    void theDeliveryProjectionCarriesTheReadingAndThePaymentProjectionDoesNot() throws Exception {
        contacts.replace(CUSTOMER, json.readValue(HALF_WIDTH_AND_HIRAGANA, ContactDto.class), "test");
        given().get("/internal/contacts/" + CUSTOMER + "/projections/delivery").then().statusCode(200)
                .body("name.familyKana", equalTo("ヤマダ"))
                .body("dataItems", hasItem("user.name.reading"));
        given().get("/internal/contacts/" + CUSTOMER + "/projections/payment").then().statusCode(200)
                .body("name.family", equalTo("山田"))
                .body("name.familyKana", nullValue())
                .body("dataItems", not(hasItem("user.name.reading")));
    }
}
