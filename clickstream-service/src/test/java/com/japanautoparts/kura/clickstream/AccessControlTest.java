package com.japanautoparts.kura.clickstream;

import static com.japanautoparts.kura.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.japanautoparts.kura.clickstream.api.AffiliateRequestDto;
import com.japanautoparts.kura.clickstream.api.EventDto;
import com.japanautoparts.kura.clickstream.service.AffiliateService;
import com.japanautoparts.kura.clickstream.service.IngestService;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.ManagementInterface;
import com.japanautoparts.kura.testing.MovableClock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/** Every endpoint needs its role; an affiliate sees only its own statements, identified by its token (BOLA). */
@QuarkusTest
class AccessControlTest {

    static final String ALPHA = "acl-alpha";
    static final String BETA = "acl-beta";

    @Inject
    AffiliateService affiliates;

    @Inject
    IngestService ingest;

    @Inject
    MovableClock clock;

    private String month;

    @BeforeEach
    void twoAffiliatesWithConversions() {
        affiliates.put(ALPHA, new AffiliateRequestDto("Alpha", "client-alpha", new BigDecimal("0.05")));
        affiliates.put(BETA, new AffiliateRequestDto("Beta", "client-beta", new BigDecimal("0.10")));
        month = YearMonth.now(clock.withZone(ZoneOffset.UTC)).toString();
        List<EventDto> events = new ArrayList<>();
        for (String affiliate : List.of(ALPHA, BETA, BETA)) {
            String session = Events.unique("s-acl-");
            events.add(new EventDto.AffiliateLanding(session, null, affiliate, "/acl", null));
            events.add(new EventDto.Conversion(session, null, new BigDecimal("1000"), "JPY", null));
        }
        ingest.ingest(events);
    }

    @Test
    @TestSecurity(user = "service-account-client-alpha", roles = Roles.AFFILIATE)
    @OidcSecurity(claims = @Claim(key = "azp", value = "client-alpha"))
    void anAffiliateSeesItsOwnAccountAndStatement() {
        given().get("/clickstream/affiliates/me").then().statusCode(200).body("code", equalTo(ALPHA));
        given().get("/clickstream/affiliates/me/statements/" + month).then().statusCode(200)
                .body("affiliateCode", equalTo(ALPHA))
                .body("lines[0].currency", equalTo("JPY"));
    }

    @Test
    @TestSecurity(user = "service-account-client-alpha", roles = Roles.AFFILIATE)
    @OidcSecurity(claims = @Claim(key = "azp", value = "client-alpha"))
    void anAffiliateCannotReachAnotherAffiliateOrManageAnything() {
        given().get("/clickstream/affiliates/" + BETA + "/statements/" + month).then().statusCode(403);
        given().get("/clickstream/affiliates/" + BETA).then().statusCode(403);
        given().get("/clickstream/affiliates").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"displayName\": \"Alpha\", \"clientId\": \"client-alpha\", \"commissionRate\": 0.9}")
                .put("/clickstream/affiliates/" + ALPHA).then().statusCode(403);
        given().get("/clickstream/stats/pages").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Events.batch(Events.pageView("s-acl-000001", "/x"))).post("/clickstream/events")
                .then().statusCode(403);
        assertEquals(new BigDecimal("0.0500"), affiliates.find(ALPHA).orElseThrow().commissionRate());
    }

    @Test
    @TestSecurity(user = "service-account-client-stranger", roles = Roles.AFFILIATE)
    @OidcSecurity(claims = @Claim(key = "azp", value = "client-stranger"))
    void aTokenOfNoKnownAffiliateGetsNothing() {
        given().get("/clickstream/affiliates/me").then().statusCode(404);
        given().get("/clickstream/affiliates/me/statements/" + month).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "service-account-client-alpha", roles = Roles.AFFILIATE)
    void aTokenWithoutTheClaimGetsNothing() {
        given().get("/clickstream/affiliates/me/statements/" + month).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "staff-1", roles = Roles.STAFF)
    void staffReadStatisticsAndManageAffiliatesButAreNotAnAffiliate() {
        given().get("/clickstream/stats/pages").then().statusCode(200);
        given().get("/clickstream/stats/features").then().statusCode(200);
        given().get("/clickstream/affiliates/" + BETA + "/statements/" + month).then().statusCode(200)
                .body("affiliateCode", equalTo(BETA));
        given().get("/clickstream/affiliates/me").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Events.batch(Events.pageView("s-acl-000001", "/x"))).post("/clickstream/events")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "dpo", roles = Roles.PRIVACY_OFFICER)
    void thePrivacyOfficerManagesRatesButReadsNoStatistics() {
        given().contentType(ContentType.JSON).body("{\"displayName\": \"Beta\", \"clientId\": \"client-beta\", \"commissionRate\": 0.08}")
                .put("/clickstream/affiliates/" + BETA).then().statusCode(200).body("commissionRate", equalTo(0.08f));
        given().get("/clickstream/stats/pages").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
    void theStorefrontOnlyIngests() {
        given().get("/clickstream/stats/pages").then().statusCode(403);
        given().get("/clickstream/affiliates").then().statusCode(403);
        given().get("/clickstream/affiliates/me").then().statusCode(403);
        given().get("/internal/subjects/x/export").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "customer-alice", roles = Roles.CUSTOMER)
    void aCustomerGetsNothing() {
        given().contentType(ContentType.JSON).body(Events.batch(Events.pageView("s-acl-000001", "/x"))).post("/clickstream/events")
                .then().statusCode(403);
        given().get("/clickstream/affiliates/me").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void nothingIsHeldAboutAnyCustomerAndNothingIsKeptAfterAnErasure() {
        assertProblem(given().get("/internal/subjects/customer-alice/export").andReturn(), 404);
        given().post("/internal/subjects/customer-alice/erase").then().statusCode(200)
                .body("service", equalTo("clickstream-service")).body("outcome", equalTo("nothing-held"))
                .body("$", not(hasKey("customerId"))).body("$", not(hasKey("reason"))).body("$", not(hasKey("retained")));
        given().post("/internal/subjects/customer-alice/erase").then().statusCode(200).body("outcome", equalTo("nothing-held"));
    }

    @ParameterizedTest
    @CsvSource({ "POST,/clickstream/events", "GET,/clickstream/stats/pages", "GET,/clickstream/stats/features",
            "GET,/clickstream/affiliates", "GET,/clickstream/affiliates/x", "PUT,/clickstream/affiliates/x",
            "GET,/clickstream/affiliates/x/statements/2026-11", "GET,/clickstream/affiliates/me",
            "GET,/clickstream/affiliates/me/statements/2026-11", "GET,/internal/subjects/x/export", "POST,/internal/subjects/x/erase",
            "GET,/internal/retention/dry-run", "POST,/internal/retention/purge", "GET,/internal/retention/purges" })
    void anonymousCallersAreRefused(String method, String path) {
        given().contentType(ContentType.JSON).body("{}").request(method, path).then().statusCode(401);
    }

    @Test
    void healthOpenApiAndMetricsAreOnTheManagementInterfaceOnly() {
        ManagementInterface.servesEveryEndpointThereAndNoneOnThePublicPort();
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void metricsNeverNameTheIdsInPaths() {
        ManagementInterface.assertIdsInPathsNeverReachMetrics("/internal/subjects/{id}/export",
                "/clickstream/affiliates/{id}", "/clickstream/affiliates/{id}/statements/2026-11");
    }
}
