package com.japanautoparts.kura.consent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.consent.api.ConsentActionDto;
import com.japanautoparts.kura.consent.domain.ConsentAction;
import com.japanautoparts.kura.consent.service.ConsentService;
import com.japanautoparts.kura.consent.service.ConsentSubjectData;
import com.japanautoparts.kura.consent.service.PolicyService;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The privacy officer publishes versions; the current one is public; customers acknowledge; who has not seen it yet. */
@QuarkusTest
class PolicyTest {

    private static final ZoneId STORE_ZONE = ZoneId.of("Asia/Tokyo");

    @Inject
    ConsentService consents;

    @Inject
    PolicyService policies;

    @Inject
    ConsentSubjectData subjectData;

    @Test
    @TestSecurity(user = "privacy-officer-1", roles = Roles.PRIVACY_OFFICER)
    void publishedTodayBecomesCurrentAndIsPublic() throws NoSuchAlgorithmException {
        String version = newVersion();
        String hash = sha256("Privacy and Security Policy " + version);
        given().contentType(ContentType.JSON).body(publication(version, today(), hash)).post("/policies").then().statusCode(201)
                .header("Location", endsWith("/policies/" + version))
                .body("version", equalTo(version)).body("textSha256", equalTo(hash));

        given().auth().none().get("/policies/current").then().statusCode(200)
                .body("version", equalTo(version)).body("effectiveDate", equalTo(today().toString()))
                .body("summary", equalTo("Summary of changes for " + version));
        given().get("/policies/" + version).then().statusCode(200).body("textSha256", equalTo(hash));
        given().get("/policies").then().statusCode(200).body("version", hasItem(version));
    }

    @Test
    @TestSecurity(user = "privacy-officer-1", roles = Roles.PRIVACY_OFFICER)
    void aFutureVersionIsNotCurrentYet() throws NoSuchAlgorithmException {
        String current = publish(today());
        String future = newVersion();
        given().contentType(ContentType.JSON).body(publication(future, today().plusDays(30), sha256(future))).post("/policies")
                .then().statusCode(201);
        given().get("/policies/current").then().statusCode(200).body("version", equalTo(current));
    }

    @Test
    @TestSecurity(user = "privacy-officer-1", roles = Roles.PRIVACY_OFFICER)
    void publicationsThatWouldRewriteOrBackdateAreRefused() throws NoSuchAlgorithmException {
        String version = publish(today());
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body(publication(version, today(), sha256("other text")))
                .post("/policies").andReturn(), 409);
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body(publication(newVersion(), today().minusDays(1), sha256("x")))
                .post("/policies").andReturn(), 422);
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body(publication("current", today(), sha256("x")))
                .post("/policies").andReturn(), 422);
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body(publication(newVersion(), today(), "ABC"))
                .post("/policies").andReturn(), 400);
        given().get("/policies/current").then().statusCode(200).body("version", equalTo(version));
        given().get("/policies/no-such-version").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "customer-acknowledging", roles = Roles.CUSTOMER)
    void aCustomerAcknowledgesOnceAndConsentsNameTheVersionInForce() throws NoSuchAlgorithmException {
        String version = publish(today());
        given().post("/policies/current/acknowledgement").then().statusCode(201).body("version", equalTo(version));
        given().post("/policies/" + version + "/acknowledgement").then().statusCode(200).body("version", equalTo(version));
        given().post("/policies/no-such-version/acknowledgement").then().statusCode(404);
        given().get("/consents/me/acknowledgements").then().statusCode(200).body("version", hasItem(version));

        given().contentType(ContentType.JSON).body(ConsentFixtures.customerAction(Instant.now(), ConsentFixtures.LOGIN_PAGE))
                .post("/consents/me/cross-border-transfer/grant").then().statusCode(201).body("policyVersion", equalTo(version));
    }

    @Test
    @TestSecurity(user = "privacy-officer-1", roles = Roles.PRIVACY_OFFICER)
    void theNoticeListsOnlyCustomersWhoHaveNotSeenTheCurrentVersionPaged() throws NoSuchAlgorithmException {
        String seen = ConsentFixtures.newCustomer();
        String unseen = ConsentFixtures.newCustomer();
        String erased = ConsentFixtures.newCustomer();
        for (String customer : List.of(seen, unseen, erased)) {
            consents.record(customer, ConsentFixtures.CROSS_BORDER, ConsentAction.GRANTED,
                    new ConsentActionDto(null, "web", "checkout-page", "transfer-notice-v1", null), "test");
        }
        String version = publish(today());
        policies.acknowledge(seen, version);
        subjectData.erase(erased);

        List<String> pending = new ArrayList<>();
        JsonPath page;
        int number = 0;
        do {
            page = given().queryParam("page", number).queryParam("size", 2).get("/policies/current/unacknowledged")
                    .then().statusCode(200).body("policyVersion", equalTo(version)).body("size", equalTo(2))
                    .extract().jsonPath();
            assertTrue(page.getList("customerIds").size() <= 2);
            pending.addAll(page.getList("customerIds", String.class));
            number++;
        } while (!page.getList("customerIds").isEmpty());
        assertEquals(page.getLong("totalElements"), pending.size());
        assertTrue(pending.contains(unseen));
        assertTrue(!pending.contains(seen) && !pending.contains(erased), "acknowledged and erased customers get no notice");
        assertEquals(pending.stream().sorted().toList(), pending, "ordered by id, so pages do not overlap");

        given().queryParam("size", 0).get("/policies/current/unacknowledged").then().statusCode(400);
        given().queryParam("size", 201).get("/policies/current/unacknowledged").then().statusCode(400);
        given().queryParam("page", -1).get("/policies/current/unacknowledged").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
    void theStorefrontMayReadThePendingListForTheNoticeButNotPublish() throws NoSuchAlgorithmException {
        given().get("/policies/current/unacknowledged").then().statusCode(org.hamcrest.Matchers.oneOf(200, 404));
        given().contentType(ContentType.JSON).body(publication(newVersion(), today(), sha256("x"))).post("/policies").then().statusCode(403);
        given().get("/policies").then().statusCode(200).body("version", not(hasItem("current")));
    }

    private String publish(LocalDate effective) throws NoSuchAlgorithmException {
        String version = newVersion();
        policies.publish(new com.japanautoparts.kura.consent.api.PolicyPublicationDto(version, effective, "Summary of changes for " + version,
                sha256(version)), "test");
        return version;
    }

    private static String publication(String version, LocalDate effective, String hash) {
        return """
                {"version": "%s", "effectiveDate": "%s", "summary": "Summary of changes for %s", "textSha256": "%s"}"""
                .formatted(version, effective, version, hash);
    }

    static String newVersion() {
        return "v" + UUID.randomUUID().toString().substring(0, 8);
    }

    static LocalDate today() {
        return LocalDate.now(STORE_ZONE);
    }

    static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
