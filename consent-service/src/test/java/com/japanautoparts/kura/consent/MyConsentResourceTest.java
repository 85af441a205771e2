package com.japanautoparts.kura.consent;

import static com.japanautoparts.kura.consent.ConsentFixtures.SPECIALS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** A customer grants, withdraws (one call, as easy as granting) and reads their consents and history. */
@QuarkusTest
class MyConsentResourceTest {

    @Test
    @TestSecurity(user = "customer-self-service", roles = Roles.CUSTOMER)
    void grantThenWithdrawWithOneCallEach() {
        given().get("/consents/me").then().statusCode(200)
                .body("find { it.purpose == 'marketing-email-specials' }.state", equalTo("none"))
                .body("size()", is(3));

        given().contentType(ContentType.JSON).body(ConsentFixtures.customerAction(Instant.now().minusSeconds(10), ConsentFixtures.LOGIN_PAGE))
                .post("/consents/me/" + SPECIALS + "/grant").then().statusCode(201)
                .header("Location", endsWith("/consents/me/history"))
                .body("action", equalTo("granted")).body("recordedBy", equalTo("customer"))
                .body("customerId", equalTo("customer-self-service"));
        given().get("/consents/me/eligibility/" + SPECIALS).then().statusCode(200).body("eligible", is(true));

        given().contentType(ContentType.JSON).body("{\"channel\": \"web\", \"page\": \"account-settings-page\"}")
                .post("/consents/me/" + SPECIALS + "/withdraw").then().statusCode(201).body("action", equalTo("withdrawn"));
        given().get("/consents/me/eligibility/" + SPECIALS).then().statusCode(200).body("eligible", is(false));
        given().get("/consents/me").then().statusCode(200)
                .body("find { it.purpose == 'marketing-email-specials' }.state", equalTo("withdrawn"));
        given().get("/consents/me/history").then().statusCode(200).body("$", hasSize(2))
                .body("[0].action", equalTo("granted")).body("[0].noticeVersion", equalTo("specials-optin-v2"))
                .body("[1].action", equalTo("withdrawn")).body("[1].source.page", equalTo("account-settings-page"));
    }

    @Test
    @TestSecurity(user = "customer-unknown-purpose", roles = Roles.CUSTOMER)
    void unknownPurposeIs404() {
        given().contentType(ContentType.JSON).body(ConsentFixtures.customerAction(Instant.now(), ConsentFixtures.LOGIN_PAGE))
                .post("/consents/me/no-such-purpose/grant").then().statusCode(404).contentType("application/problem+json");
        given().get("/consents/me/eligibility/no-such-purpose").then().statusCode(404);
        given().get("/consents/me/history").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    @TestSecurity(user = "customer-purposes", roles = Roles.CUSTOMER)
    void purposesAreSeededWithLegalBasisAndSaleFlag() {
        given().get("/purposes").then().statusCode(200)
                .body("key", org.hamcrest.Matchers.containsInAnyOrder("affiliate-tracking", "cross-border-transfer", SPECIALS))
                .body("find { it.key == 'marketing-email-specials' }.legalBasis", equalTo("consent"))
                .body("find { it.key == 'marketing-email-specials' }.requiredSourcePage", equalTo("account-login-page"))
                .body("find { it.key == 'affiliate-tracking' }.saleOrSharing", is(true))
                .body("find { it.key == 'cross-border-transfer' }.saleOrSharing", is(false));
        given().get("/purposes/affiliate-tracking").then().statusCode(200).body("dataUse", equalTo("third_party_sharing"));
        given().get("/purposes/nothing").then().statusCode(404);
    }
}
