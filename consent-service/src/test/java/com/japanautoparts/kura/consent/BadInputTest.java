package com.japanautoparts.kura.consent;

import static com.japanautoparts.kura.consent.ConsentFixtures.LOGIN_PAGE;
import static com.japanautoparts.kura.consent.ConsentFixtures.SPECIALS;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.consent.api.ConsentActionDto;
import com.japanautoparts.kura.consent.domain.ConsentAction;
import com.japanautoparts.kura.consent.api.ConsentRecordDto;
import com.japanautoparts.kura.consent.api.PolicyDto;
import com.japanautoparts.kura.consent.service.ConsentService;
import com.japanautoparts.kura.consent.service.PolicyService;
import com.japanautoparts.kura.testing.BadBody;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Malformed, mistyped, invalid and oversize bodies: a 4xx problem each, and the ledger and policies untouched. */
@QuarkusTest
class BadInputTest {

    static final String CUSTOMER = "customer-bad-input";
    private static final String FUTURE = Instant.now().plusSeconds(3600).toString();

    /** Wrong for a customer's grant body and for the storefront's (which adds customerId, purpose, action). */
    static List<BadBody> actionSpecific(String prefix) {
        return List.of(
                BadBody.json("at is not a time", "{" + prefix + "\"at\": \"yesterday\", \"channel\": \"web\", \"page\": \"p\", \"noticeVersion\": \"v1\"}"),
                BadBody.json("at in the future", "{" + prefix + "\"at\": \"" + FUTURE + "\", \"channel\": \"web\", \"page\": \"p\", \"noticeVersion\": \"v1\"}"),
                BadBody.json("at without zone", "{" + prefix + "\"at\": \"2026-11-25T10:00:00\", \"channel\": \"web\", \"page\": \"p\", \"noticeVersion\": \"v1\"}"),
                BadBody.json("missing channel", "{" + prefix + "\"page\": \"p\", \"noticeVersion\": \"v1\"}"),
                BadBody.json("null page", "{" + prefix + "\"channel\": \"web\", \"page\": null, \"noticeVersion\": \"v1\"}"),
                BadBody.json("upper-case channel", "{" + prefix + "\"channel\": \"WEB\", \"page\": \"p\", \"noticeVersion\": \"v1\"}"),
                BadBody.json("page with spaces", "{" + prefix + "\"channel\": \"web\", \"page\": \"login page\", \"noticeVersion\": \"v1\"}"),
                BadBody.json("page too long", "{" + prefix + "\"channel\": \"web\", \"page\": \"" + "p".repeat(65) + "\", \"noticeVersion\": \"v1\"}"),
                BadBody.json("channel is an object", "{" + prefix + "\"channel\": {}, \"page\": \"p\", \"noticeVersion\": \"v1\"}"),
                BadBody.json("reserved channel gpc", "{" + prefix + "\"channel\": \"gpc\", \"page\": \"p\", \"noticeVersion\": \"v1\"}"),
                BadBody.json("grant without notice version", "{" + prefix + "\"channel\": \"web\", \"page\": \"p\"}"),
                BadBody.json("empty notice version", "{" + prefix + "\"channel\": \"web\", \"page\": \"p\", \"noticeVersion\": \"\"}"),
                BadBody.json("notice version with control character", "{" + prefix + "\"channel\": \"web\", \"page\": \"p\", \"noticeVersion\": \"v\\u00001\"}"),
                BadBody.json("user agent with control character", "{" + prefix + "\"channel\": \"web\", \"page\": \"p\", \"noticeVersion\": \"v1\", \"userAgent\": \"a\\nb\"}"),
                BadBody.json("user agent too long", "{" + prefix + "\"channel\": \"web\", \"page\": \"p\", \"noticeVersion\": \"v1\", \"userAgent\": \"" + "u".repeat(513) + "\"}"),
                BadBody.json("duplicate key", "{" + prefix + "\"channel\": \"web\", \"channel\": \"app\", \"page\": \"p\", \"noticeVersion\": \"v1\"}"));
    }

    static Stream<BadBody> customerBodies() {
        return Stream.concat(BadBody.generic().stream(), actionSpecific("").stream());
    }

    static Stream<BadBody> storefrontBodies() {
        String valid = "\"customerId\": \"" + CUSTOMER + "\", \"purpose\": \"" + SPECIALS + "\", \"action\": \"granted\", ";
        List<BadBody> specific = List.of(
                BadBody.json("unknown action", "{\"customerId\": \"" + CUSTOMER + "\", \"purpose\": \"" + SPECIALS + "\", \"action\": \"maybe\", \"channel\": \"web\", \"page\": \"p\", \"noticeVersion\": \"v1\"}"),
                BadBody.json("missing action", "{\"customerId\": \"" + CUSTOMER + "\", \"purpose\": \"" + SPECIALS + "\", \"channel\": \"web\", \"page\": \"p\", \"noticeVersion\": \"v1\"}"),
                BadBody.json("missing customerId", "{\"purpose\": \"" + SPECIALS + "\", \"action\": \"granted\", \"channel\": \"web\", \"page\": \"p\", \"noticeVersion\": \"v1\"}"),
                BadBody.json("customerId too long", "{\"customerId\": \"" + "c".repeat(256) + "\", \"purpose\": \"" + SPECIALS + "\", \"action\": \"granted\", \"channel\": \"web\", \"page\": \"p\", \"noticeVersion\": \"v1\"}"),
                BadBody.json("unknown purpose", "{\"customerId\": \"" + CUSTOMER + "\", \"purpose\": \"spam\", \"action\": \"granted\", \"channel\": \"web\", \"page\": \"p\", \"noticeVersion\": \"v1\"}"),
                BadBody.json("purpose with capitals", "{\"customerId\": \"" + CUSTOMER + "\", \"purpose\": \"Marketing\", \"action\": \"granted\", \"channel\": \"web\", \"page\": \"p\", \"noticeVersion\": \"v1\"}"));
        return Stream.of(BadBody.generic().stream(), actionSpecific(valid).stream(), specific.stream()).flatMap(s -> s);
    }

    static Stream<BadBody> publicationBodies() {
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        String hash = "a".repeat(64);
        return Stream.concat(BadBody.generic().stream(), Stream.of(
                BadBody.json("version with spaces", "{\"version\": \"v 1\", \"effectiveDate\": \"" + today + "\", \"summary\": \"s\", \"textSha256\": \"" + hash + "\"}"),
                BadBody.json("version too long", "{\"version\": \"" + "v".repeat(41) + "\", \"effectiveDate\": \"" + today + "\", \"summary\": \"s\", \"textSha256\": \"" + hash + "\"}"),
                BadBody.json("effective date not a date", "{\"version\": \"bad-1\", \"effectiveDate\": \"soon\", \"summary\": \"s\", \"textSha256\": \"" + hash + "\"}"),
                BadBody.json("effective date in the past", "{\"version\": \"bad-2\", \"effectiveDate\": \"2001-01-01\", \"summary\": \"s\", \"textSha256\": \"" + hash + "\"}"),
                BadBody.json("missing effective date", "{\"version\": \"bad-3\", \"summary\": \"s\", \"textSha256\": \"" + hash + "\"}"),
                BadBody.json("blank summary", "{\"version\": \"bad-4\", \"effectiveDate\": \"" + today + "\", \"summary\": \" \", \"textSha256\": \"" + hash + "\"}"),
                BadBody.json("summary too long", "{\"version\": \"bad-5\", \"effectiveDate\": \"" + today + "\", \"summary\": \"" + "s".repeat(2001) + "\", \"textSha256\": \"" + hash + "\"}"),
                BadBody.json("upper-case hash", "{\"version\": \"bad-6\", \"effectiveDate\": \"" + today + "\", \"summary\": \"s\", \"textSha256\": \"" + hash.toUpperCase(java.util.Locale.ROOT) + "\"}"),
                BadBody.json("short hash", "{\"version\": \"bad-7\", \"effectiveDate\": \"" + today + "\", \"summary\": \"s\", \"textSha256\": \"abc\"}"),
                BadBody.json("version named current", "{\"version\": \"current\", \"effectiveDate\": \"" + today + "\", \"summary\": \"s\", \"textSha256\": \"" + hash + "\"}")));
    }

    @Inject
    ConsentService consents;

    @Inject
    PolicyService policies;

    @BeforeEach
    void customerHasOptedIn() {
        if (consents.history(CUSTOMER).isEmpty()) {
            consents.record(CUSTOMER, SPECIALS, ConsentAction.GRANTED,
                    new ConsentActionDto(Instant.now().minusSeconds(60), "web", LOGIN_PAGE, "specials-optin-v2", null), "test");
        }
    }

    @ParameterizedTest(name = "customer grant: {0}")
    @MethodSource("customerBodies")
    @TestSecurity(user = CUSTOMER, roles = Roles.CUSTOMER)
    void customerGrantRefusesAndKeepsTheLedger(BadBody bad) {
        List<ConsentRecordDto> before = consents.history(CUSTOMER);
        ProblemAssertions.assertClientProblem(given().contentType(bad.contentType()).body(bad.body())
                .post("/consents/me/" + SPECIALS + "/grant").andReturn());
        assertLedgerIntact(before);
    }

    @ParameterizedTest(name = "customer withdrawal: {0}")
    @MethodSource("customerBodies")
    @TestSecurity(user = CUSTOMER, roles = Roles.CUSTOMER)
    void customerWithdrawalRefusesAndKeepsTheLedger(BadBody bad) {
        List<ConsentRecordDto> before = consents.history(CUSTOMER);
        var response = given().contentType(bad.contentType()).body(bad.body()).post("/consents/me/" + SPECIALS + "/withdraw").andReturn();
        if (bad.name().equals("grant without notice version")) {
            // Valid for a withdrawal, which needs no notice: the one body of the corpus that must be accepted here.
            assertEquals(201, response.statusCode());
            return;
        }
        ProblemAssertions.assertClientProblem(response);
        assertLedgerIntact(before);
    }

    @ParameterizedTest(name = "storefront: {0}")
    @MethodSource("storefrontBodies")
    @TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
    void storefrontRecordRefusesAndKeepsTheLedger(BadBody bad) {
        List<ConsentRecordDto> before = consents.history(CUSTOMER);
        ProblemAssertions.assertClientProblem(given().contentType(bad.contentType()).body(bad.body()).post("/consents").andReturn());
        assertLedgerIntact(before);
    }

    @ParameterizedTest(name = "publication: {0}")
    @MethodSource("publicationBodies")
    @TestSecurity(user = "privacy-officer-1", roles = Roles.PRIVACY_OFFICER)
    void publicationRefusesAndKeepsThePolicies(BadBody bad) {
        List<PolicyDto> before = policies.list();
        ProblemAssertions.assertClientProblem(given().contentType(bad.contentType()).body(bad.body()).post("/policies").andReturn());
        assertEquals(before, policies.list());
    }

    private void assertLedgerIntact(List<ConsentRecordDto> before) {
        assertEquals(before, consents.history(CUSTOMER));
        assertTrue(before.isEmpty() || consents.states(CUSTOMER).stream().anyMatch(s -> !s.state().equals("none")));
    }
}
