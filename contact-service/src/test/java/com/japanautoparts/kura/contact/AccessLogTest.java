package com.japanautoparts.kura.contact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.common.subject.SubjectData;
import com.japanautoparts.kura.contact.api.AccessDto;
import com.japanautoparts.kura.contact.api.ContactDto;
import com.japanautoparts.kura.contact.service.AccessLog;
import com.japanautoparts.kura.contact.service.ContactService;
import com.japanautoparts.kura.contact.service.EmailVerifications;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/**
 * Issue 15: every read of a customer's contact data by someone other than the customer is in the access log (who, when,
 * why, which categories, never values), written off the request path; the customer sees it, the privacy officer sees
 * reads per reader and hour, and the log goes with the customer.
 */
@QuarkusTest
class AccessLogTest {

    static final String CUSTOMER = "customer-access-log";
    private static final String EMAIL = "access.log@example.jp";

    @Inject
    ContactService contacts;

    @Inject
    AccessLog accessLog;

    @Inject
    SubjectData subjectData;

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    EmailVerifications verifications;

    @BeforeEach
    void aCustomerWithFullContactData() throws JsonProcessingException {
        accessLog.flush();
        contacts.remove(CUSTOMER);
        contacts.replace(CUSTOMER, json.readValue(ContactFixtures.contact(EMAIL), ContactDto.class), "test");
        verifications.verify(CUSTOMER, EMAIL, verifications.issue(CUSTOMER, EMAIL).code());
    }

    @Test
    @TestSecurity(user = "service-account-storefront", roles = Roles.STOREFRONT)
    @OidcSecurity(claims = @Claim(key = "azp", value = "storefront"))
    void theStorefrontsCheckoutAndLookUpAreRecordedWithTheirCategoriesAndNoValues() throws SQLException {
        given().get("/contacts/" + CUSTOMER + "/checkout").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"email\": \"" + EMAIL + "\"}").post("/contacts/lookup").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"email\": \"nobody.here@example.jp\"}").post("/contacts/lookup")
                .then().statusCode(404);
        // Everything queued is written now (the scheduled writer may have written part of it already).
        accessLog.flush();

        List<AccessDto> log = accessLog.of(CUSTOMER);
        assertEquals(2, log.size(), "the miss names nobody");
        AccessDto checkout = log.stream().filter(a -> a.purpose().equals(AccessLog.CHECKOUT)).findFirst().orElseThrow();
        assertEquals("storefront", checkout.reader());
        assertEquals(List.of("user.name", "user.contact.address.shipping", "user.contact.address.billing",
                "user.contact.phone_number", "user.contact.email"), checkout.dataItems());
        AccessDto lookup = log.stream().filter(a -> a.purpose().equals(AccessLog.LOOKUP)).findFirst().orElseThrow();
        assertEquals(List.of(DataCategory.CUSTOMER_ID.key(), DataCategory.EMAIL.key()).stream().sorted().toList(),
                lookup.dataItems().stream().sorted().toList());
        assertNull(lookup.onBehalfOf());

        for (String value : List.of(ContactFixtures.FAMILY, ContactFixtures.LINE1, ContactFixtures.PHONE, EMAIL, "nobody.here")) {
            assertFalse(rowsContain(value), "no value in the access log: " + value);
        }
    }

    @Test
    @TestSecurity(user = CUSTOMER, roles = Roles.CUSTOMER)
    void theCustomerSeesWhoReadTheirDataAndNobodyElsesReads() {
        accessLog.record(CUSTOMER, new AccessLog.Reader("storefront", null), AccessLog.CHECKOUT, List.of(DataCategory.NAME));
        accessLog.record("customer-someone-else", new AccessLog.Reader("storefront", null), AccessLog.CHECKOUT,
                List.of(DataCategory.NAME));
        accessLog.flush();

        given().get("/contacts/me/access-log").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].reader", equalTo("storefront"))
                .body("[0].purpose", equalTo("checkout"))
                .body("[0].dataItems", equalTo(List.of("user.name")))
                .body("[0].at", not(equalTo(null)));
    }

    @Test
    @TestSecurity(user = "service-account-disclosure-service", roles = Roles.DISCLOSURE_BROKER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "disclosure-service"))
    void theBrokersReadsSayForWhomAndABadOnBehalfOfReadsNothing() {
        given().header("X-Kura-On-Behalf-Of", "staff").get("/internal/contacts/" + CUSTOMER + "/projections/support")
                .then().statusCode(200);
        given().header("X-Kura-On-Behalf-Of", "case:42").get("/internal/contacts/" + CUSTOMER + "/projections/delivery")
                .then().statusCode(200);
        given().header("X-Kura-On-Behalf-Of", "staff\u0000; drop table").get("/internal/contacts/" + CUSTOMER + "/projections/support")
                .then().statusCode(400).contentType("application/problem+json").body("detail", not(equalTo(null)));
        accessLog.flush();

        List<AccessDto> log = accessLog.of(CUSTOMER);
        assertEquals(2, log.size(), "the refused request read nothing and recorded nothing");
        assertTrue(log.stream().anyMatch(a -> a.purpose().equals("support") && "staff".equals(a.onBehalfOf())
                && a.reader().equals("disclosure-service") && a.dataItems().equals(List.of("user.name", "user.contact.email"))));
        assertTrue(log.stream().anyMatch(a -> a.purpose().equals("delivery") && "case:42".equals(a.onBehalfOf())));
    }

    @Test
    @TestSecurity(user = "kimura-privacy", roles = Roles.PRIVACY_OFFICER)
    void theOfficerSeesReadsPerReaderAndHourAndAnEnumerationStandsOut() {
        AccessLog.Reader enumerator = new AccessLog.Reader("storefront-stolen", null);
        for (int i = 0; i < 60; i++) {
            accessLog.record(null, enumerator, AccessLog.LOOKUP, List.of());
        }
        accessLog.record(CUSTOMER, enumerator, AccessLog.CHECKOUT, List.of(DataCategory.NAME));
        accessLog.flush();

        given().get("/contacts/access-log/anomalies?hours=1").then().statusCode(200)
                .body("find { it.reader == 'storefront-stolen' }.reads", equalTo(61))
                .body("find { it.reader == 'storefront-stolen' }.misses", equalTo(60))
                .body("find { it.reader == 'storefront-stolen' }.customers", equalTo(1))
                .body("find { it.reader == 'storefront-stolen' }.anomalous", equalTo(true))
                .body("reader", hasItem("storefront-stolen"))
                .body(not(org.hamcrest.Matchers.containsString(CUSTOMER)));
        given().get("/contacts/access-log/anomalies?hours=0").then().statusCode(400);
        given().get("/contacts/access-log/anomalies?hours=721").then().statusCode(400);
    }

    @Test
    void theLogGoesWithTheCustomerAndAReadQueuedBeforeTheErasureDoesNotComeBack() {
        AccessLog.Reader storefront = new AccessLog.Reader("storefront", null);
        accessLog.record(CUSTOMER, storefront, AccessLog.CHECKOUT, List.of(DataCategory.NAME));
        accessLog.flush();
        assertEquals(1, accessLog.of(CUSTOMER).size());

        accessLog.record(CUSTOMER, storefront, AccessLog.CHECKOUT, List.of(DataCategory.NAME));
        subjectData.erase(CUSTOMER);
        accessLog.flush();

        assertTrue(accessLog.of(CUSTOMER).isEmpty());
    }

    private boolean rowsContain(String value) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from contact_access where position(? in (coalesce(customer_id, '') || reader"
                                + " || coalesce(on_behalf_of, '') || purpose || data_items)) > 0")) {
            query.setString(1, value);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }
}
