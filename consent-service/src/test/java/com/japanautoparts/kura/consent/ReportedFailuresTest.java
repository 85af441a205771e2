package com.japanautoparts.kura.consent;

import static com.japanautoparts.kura.consent.ConsentFixtures.SPECIALS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.consent.api.PolicyDto;
import com.japanautoparts.kura.consent.service.ConsentService;
import com.japanautoparts.kura.consent.service.PolicyService;
import com.japanautoparts.kura.testing.LegalHoldStub;
import com.japanautoparts.kura.testing.MalformedIds;
import com.japanautoparts.kura.testing.ProblemAssertions;
import com.japanautoparts.kura.testing.RawHttp;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The 5xx answers an outside tester got from consent-service (issue 13), each now a 4xx problem that changes nothing:
 * braces in a customer id (once answered 500 and saved the consent anyway), a NUL or an overlong UTF-8 NUL inside a
 * JSON string, far-off dates, and malformed ids on the erase hook (once opened the legal-hold circuit breaker).
 */
@QuarkusTest
@WithTestResource(value = LegalHoldStub.class, scope = TestResourceScope.GLOBAL)
class ReportedFailuresTest {

    @Inject
    ConsentService consents;

    @Inject
    PolicyService policies;

    @Test
    @TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
    void bracesInACustomerIdAre400AndWriteNothing() {
        for (String id : List.of("{" + ConsentFixtures.newCustomer(), ConsentFixtures.newCustomer() + "}", "{x}")) {
            ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body(storefrontGrant(id)).post("/consents").andReturn(), 400);
            ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body("{\"customerId\": \"" + id + "\"}")
                    .post("/consents/gpc").andReturn(), 400);
            assertTrue(consents.history(id).isEmpty(), "a refused request wrote to the ledger");
        }
        // A well-formed id right after: created, not a conflict with a half-written record.
        String customer = ConsentFixtures.newCustomer();
        given().contentType(ContentType.JSON).body(storefrontGrant(customer)).post("/consents").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"customerId\": \"" + customer + "\"}").post("/consents/gpc").then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
    void aNulOrAnOverlongNulInAStringIs400() {
        String customer = ConsentFixtures.newCustomer();
        byte[] escaped = storefrontGrant(customer).replace("\"web\"", "\"w\\u0000eb\"").getBytes(StandardCharsets.UTF_8);
        byte[] overlong = storefrontGrant(customer).replace("\"web\"", "\"w\u0001eb\"").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < overlong.length; i++) {
            if (overlong[i] == 1) {
                byte[] withOverlong = new byte[overlong.length + 1];
                System.arraycopy(overlong, 0, withOverlong, 0, i);
                withOverlong[i] = (byte) 0xc0;
                withOverlong[i + 1] = (byte) 0x80;
                System.arraycopy(overlong, i + 1, withOverlong, i + 2, overlong.length - i - 1);
                overlong = withOverlong;
                break;
            }
        }
        for (byte[] body : List.of(escaped, overlong)) {
            RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", "/consents", body, "Content-Type: application/json");
            ProblemAssertions.assertClientProblem(answer);
            assertEquals(400, answer.status(), answer.toString());
        }
        assertTrue(consents.history(customer).isEmpty());
    }

    @Test
    @TestSecurity(user = "privacy-officer-1", roles = Roles.PRIVACY_OFFICER)
    void farOffDatesAre400() {
        List<PolicyDto> before = policies.list();
        for (String date : List.of("+999999999-12-31", "-999999999-01-01", "+294277-01-01", "0000-01-01")) {
            ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body("""
                    {"version": "far-off", "effectiveDate": "%s", "summary": "s", "textSha256": "%s"}""".formatted(date, "a".repeat(64)))
                    .post("/policies").andReturn(), 400);
        }
        assertEquals(before, policies.list());
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void malformedIdsOnTheHooksNeverReachTheLegalHoldCheckNorOpenItsBreaker() {
        MalformedIds.assertHooksRefuseThemBeforeTheLegalHoldCheck();
        given().post("/internal/subjects/" + ConsentFixtures.newCustomer() + "/erase").then().statusCode(200)
                .body("outcome", equalTo("erased"));
    }

    private static String storefrontGrant(String customer) {
        return """
                {"customerId": "%s", "purpose": "%s", "action": "granted", "at": "%s", "channel": "web", "page": "login",
                 "noticeVersion": "specials-optin-v2"}""".formatted(customer, SPECIALS, Instant.now().minusSeconds(5));
    }
}
