package com.japanautoparts.kura.contact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.contact.api.ContactDto;
import com.japanautoparts.kura.contact.api.EmailDto;
import com.japanautoparts.kura.contact.api.NameDto;
import com.japanautoparts.kura.contact.service.AccessLog;
import com.japanautoparts.kura.contact.service.ContactService;
import com.japanautoparts.kura.contact.service.EmailVerifications;
import com.japanautoparts.kura.testing.MovableClock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A new or changed address is unverified until proven by the one-time code the storefront mails; look-up matches verified
 * addresses only; a verified address belongs to one customer.
 */
@QuarkusTest
class EmailVerificationTest {

    static final String TARO = "customer-verify-taro";
    static final String HANAKO = "customer-verify-hanako";
    private static final String ADDRESS = "hanako.verify@example.jp";
    private static final AccessLog.Reader STOREFRONT = new AccessLog.Reader("storefront", null);

    @Inject
    ContactService contacts;

    @Inject
    EmailVerifications verifications;

    @Inject
    MovableClock clock;

    @BeforeEach
    void twoCustomers() {
        contacts.remove(TARO);
        contacts.remove(HANAKO);
        contacts.replace(HANAKO, withEmail(ADDRESS), "test");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
    void theStorefrontGetsTheCodeToMailAndLookUpFindsOnlyAVerifiedAddress() {
        given().contentType(ContentType.JSON).body("{\"email\": \"" + ADDRESS + "\"}").post("/contacts/lookup")
                .then().statusCode(404);

        String code = given().contentType(ContentType.JSON).body("{\"email\": \"" + ADDRESS + "\"}")
                .post("/contacts/" + HANAKO + "/emails/verification")
                .then().statusCode(201).body("code", matchesPattern("^[0-9]{6}$")).body("maxAttempts", equalTo(5))
                .extract().path("code");
        verifications.verify(HANAKO, ADDRESS, code);

        given().contentType(ContentType.JSON).body("{\"email\": \"" + ADDRESS.toUpperCase() + "\"}").post("/contacts/lookup")
                .then().statusCode(200).body("customerId", equalTo(HANAKO));
        given().contentType(ContentType.JSON).body("{\"email\": \"" + ADDRESS + "\"}")
                .post("/contacts/" + HANAKO + "/emails/verification").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"email\": \"someone.else@example.jp\"}")
                .post("/contacts/" + HANAKO + "/emails/verification").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = HANAKO, roles = Roles.CUSTOMER)
    void theCustomerProvesTheAddressAndAWrongCodeCountsWithoutEcho() {
        String code = verifications.issue(HANAKO, ADDRESS).code();
        String wrong = code.equals("000000") ? "000001" : "000000";
        given().get("/contacts/me").then().statusCode(200).body("emails[0].verified", equalTo(false));

        given().contentType(ContentType.JSON).body(verify(wrong)).post("/contacts/me/emails/verify")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("4 tries left")).body(not(containsString(wrong)));
        given().contentType(ContentType.JSON).body(verify(code)).post("/contacts/me/emails/verify")
                .then().statusCode(200).body("verified", equalTo(true));
        given().get("/contacts/me").then().statusCode(200).body("emails[0].verified", equalTo(true));

        // Storing the same address again keeps it verified; "verified" in a body is never taken.
        given().contentType(ContentType.JSON)
                .body("{\"emails\": [{\"address\": \"other.hanako@example.jp\", \"verified\": true}, {\"address\": \"" + ADDRESS + "\"}]}")
                .put("/contacts/me").then().statusCode(200);
        given().get("/contacts/me").then().statusCode(200)
                .body("emails[0].verified", equalTo(false)).body("emails[1].verified", equalTo(true));
        assertTrue(contacts.findCustomerIdByEmail("other.hanako@example.jp", STOREFRONT).isEmpty());
    }

    @Test
    @TestSecurity(user = HANAKO, roles = Roles.CUSTOMER)
    void aCodeIsSpentAfterFiveWrongTriesAndExpiresAfterFifteenMinutes() {
        String code = verifications.issue(HANAKO, ADDRESS).code();
        String wrong = code.equals("000000") ? "000001" : "000000";
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).body(verify(wrong)).post("/contacts/me/emails/verify").then().statusCode(422);
        }
        given().contentType(ContentType.JSON).body(verify(code)).post("/contacts/me/emails/verify")
                .then().statusCode(429).contentType("application/problem+json");

        String fresh = verifications.issue(HANAKO, ADDRESS).code();
        clock.moveBy(Duration.ofMinutes(16));
        given().contentType(ContentType.JSON).body(verify(fresh)).post("/contacts/me/emails/verify")
                .then().statusCode(410).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(verify(fresh)).post("/contacts/me/emails/verify").then().statusCode(410);
        given().contentType(ContentType.JSON).body("{\"email\": \"" + ADDRESS + "\", \"code\": \"12ab\"}")
                .post("/contacts/me/emails/verify").then().statusCode(400).contentType("application/problem+json");
    }

    /** Asking for code after code (each expiring unused) never resets the guesses: five a day, then 429 until the window ends. */
    @Test
    @TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
    void atMostFiveCodesAreIssuedForAnAddressInADay() {
        for (int i = 0; i < 5; i++) {
            askForCode().then().statusCode(201);
            clock.moveBy(Duration.ofMinutes(16));
        }
        String retryAfter = askForCode().then().statusCode(429).contentType("application/problem+json")
                .body("detail", not(containsString(ADDRESS))).extract().header("Retry-After");
        long wait = Long.parseLong(retryAfter);
        assertTrue(wait > Duration.ofHours(22).toSeconds() && wait <= Duration.ofHours(24).toSeconds(), retryAfter);

        clock.moveBy(Duration.ofSeconds(wait));
        askForCode().then().statusCode(201);
        verifications.verify(HANAKO, ADDRESS, verifications.issue(HANAKO, ADDRESS).code());
    }

    private static Response askForCode() {
        return given().contentType(ContentType.JSON).body("{\"email\": \"" + ADDRESS + "\"}")
                .post("/contacts/" + HANAKO + "/emails/verification");
    }

    @Test
    @TestSecurity(user = TARO, roles = Roles.CUSTOMER)
    void aSecondCustomerIsRefusedAVerifiedAddressAndKeepsWhatWasStored() {
        verifications.verify(HANAKO, ADDRESS, verifications.issue(HANAKO, ADDRESS).code());
        given().contentType(ContentType.JSON).body("{\"emails\": [{\"address\": \"taro@example.jp\"}]}").put("/contacts/me")
                .then().statusCode(201);

        given().contentType(ContentType.JSON).body("{\"emails\": [{\"address\": \"" + ADDRESS.toUpperCase() + "\"}]}")
                .put("/contacts/me").then().statusCode(409).contentType("application/problem+json")
                .body(not(containsString("hanako")));
        given().contentType("application/merge-patch+json").body("{\"emails\": [{\"address\": \"" + ADDRESS + "\"}]}")
                .patch("/contacts/me").then().statusCode(409);
        given().get("/contacts/me").then().statusCode(200).body("emails[0].address", equalTo("taro@example.jp"));
        assertEquals(HANAKO, contacts.findCustomerIdByEmail(ADDRESS, STOREFRONT).orElseThrow());
    }

    @Test
    void anUnverifiedAddressHeldByTwoCustomersIsNobodysUntilOneProvesIt() {
        contacts.replace(TARO, withEmail(ADDRESS), "test");
        assertTrue(contacts.findCustomerIdByEmail(ADDRESS, STOREFRONT).isEmpty());
        verifications.verify(TARO, ADDRESS, verifications.issue(TARO, ADDRESS).code());
        assertEquals(TARO, contacts.findCustomerIdByEmail(ADDRESS, STOREFRONT).orElseThrow());
        ProblemException refused = assertThrows(ProblemException.class, () -> verifications.issue(HANAKO, ADDRESS));
        assertEquals(409, refused.status().getStatusCode());
    }

    private static ContactDto withEmail(String address) {
        return new ContactDto(new NameDto("Verify", "Me"), null, null, List.of(EmailDto.unverified(address)));
    }

    private static String verify(String code) {
        return "{\"email\": \"" + ADDRESS + "\", \"code\": \"" + code + "\"}";
    }
}
