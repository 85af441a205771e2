package com.japanautoparts.kura.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.oneOf;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

/**
 * Issue 17 through the real stack: a Japanese name with its reading (given in half-width katakana and hiragana, kept in
 * full-width katakana), a postal code written with 〒 and full-width digits kept as NNN-NNNN, and email addresses that
 * belong to someone only once proven.
 */
class JapaneseCustomerTest {

    @Test
    void theReadingAndThePostalCodeAreKeptAsJapaneseShopsWriteThem() {
        Kura.as("hanako").body("""
                {"name": {"family": "山田", "given": "花子", "familyKana": "ﾔﾏﾀﾞ", "givenKana": "はなこ"},
                 "addresses": [{"type": "SHIPPING", "postalCode": "〒１５０－０００１", "region": "東京都", "locality": "渋谷区",
                                "line1": "神宮前1-2-3", "line2": "ハイツ神宮前401"}],
                 "phones": [{"type": "MOBILE", "number": "+81 90-1234-5678"}]}""")
                .put("/api/contacts/me").then().statusCode(oneOf(200, 201));

        Kura.as("hanako").get("/api/contacts/me").then().statusCode(200)
                .body("name.family", equalTo("山田"))
                .body("name.familyKana", equalTo("ヤマダ"))
                .body("name.givenKana", equalTo("ハナコ"))
                .body("addresses[0].postalCode", equalTo("150-0001"));

        Kura.as("hanako").contentType("application/merge-patch+json").body("{\"name\": {\"familyKana\": \"Yamada\"}}")
                .patch("/api/contacts/me").then().statusCode(400).contentType("application/problem+json");
        Kura.as("hanako").get("/api/contacts/me").then().statusCode(200).body("name.familyKana", equalTo("ヤマダ"));
        Scenario.fullContactData("hanako");
    }

    @Test
    void anUnverifiedAddressIsNobodysAndAVerifiedOneBelongsToOneCustomer() {
        String address = "taro.verify." + (100_000 + new SecureRandom().nextInt(900_000)) + "@example.jp";
        String taro = Kura.subjectOf("taro");
        Kura.as("taro").body("{\"name\": {\"family\": \"鈴木\", \"given\": \"太郎\"}, \"emails\": [{\"address\": \"" + address + "\"}]}")
                .put("/api/contacts/me").then().statusCode(oneOf(200, 201));
        Kura.as("taro").get("/api/contacts/me").then().statusCode(200).body("emails[0].verified", equalTo(false));

        // Unverified: the storefront's look-up finds nobody.
        Kura.as(Scenario.STOREFRONT).body("{\"email\": \"" + address + "\"}").post("/api/contacts/lookup").then().statusCode(404);

        // The storefront gets the code for its mailer; taro enters it.
        String code = Kura.as(Scenario.STOREFRONT).body("{\"email\": \"" + address + "\"}")
                .post("/api/contacts/" + taro + "/emails/verification").then().statusCode(201)
                .body("code", matchesPattern("^[0-9]{6}$")).extract().path("code");
        Kura.as("taro").body("{\"email\": \"" + address + "\", \"code\": \"" + (code.equals("999999") ? "000000" : "999999") + "\"}")
                .post("/api/contacts/me/emails/verify").then().statusCode(422).contentType("application/problem+json");
        Kura.as("taro").body("{\"email\": \"" + address + "\", \"code\": \"" + code + "\"}")
                .post("/api/contacts/me/emails/verify").then().statusCode(200).body("verified", equalTo(true));

        Kura.as(Scenario.STOREFRONT).body("{\"email\": \"" + address.toUpperCase() + "\"}").post("/api/contacts/lookup")
                .then().statusCode(200).body("customerId", equalTo(taro));

        // A second customer is refused the verified address, and keeps what they had.
        Scenario.fullContactData("hanako");
        Kura.as("hanako").body("{\"emails\": [{\"address\": \"" + address + "\"}]}").put("/api/contacts/me")
                .then().statusCode(409).contentType("application/problem+json");
        Kura.as("hanako").get("/api/contacts/me").then().statusCode(200)
                .body("emails.address", hasItem("hanako@example.jp"));
    }
}
