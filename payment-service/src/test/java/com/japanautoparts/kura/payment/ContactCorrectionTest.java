package com.japanautoparts.kura.payment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.payment.api.OrderProjectionDto;
import com.japanautoparts.kura.payment.api.SubjectExportDto;
import com.japanautoparts.kura.payment.service.PaymentSubjectData;
import com.japanautoparts.kura.payment.service.ProjectionService;
import com.japanautoparts.kura.testing.BadBody;
import com.japanautoparts.kura.testing.MalformedIds;
import com.japanautoparts.kura.testing.ProblemAssertions;
import com.japanautoparts.kura.testing.RawHttp;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * A customer's correction of their contact data (sent by contact-service, role contact-corrector) reaches the orders not
 * yet shipped, and so their carrier; an order already shipped keeps the record of what went to its carrier.
 */
@QuarkusTest
@WithTestResource(ContactServiceStub.class)
class ContactCorrectionTest {

    static final String CUSTOMER = "customer-who-corrects";

    static final String CORRECTION = """
            {"asOf": "%s",
             "name": {"family": "山田", "given": "花子", "familyKana": "ヤマダ", "givenKana": "ハナコ"},
             "shippingAddress": {"country": "JP", "postalCode": "100-0001", "region": "東京都", "locality": "千代田区",
                                 "line1": "%s", "type": "SHIPPING"},
             "billingAddress": {"country": "JP", "postalCode": "100-0005", "line1": "1-1 Marunouchi"},
             "phone": {"type": "MOBILE", "number": "+81 80-9999-0000"}}""";

    @Inject
    ProjectionService projections;

    @Inject
    PaymentSubjectData subjects;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void noOrders() {
        subjects.erase(CUSTOMER);
    }

    @Test
    @TestSecurity(user = "service-account-contact-service", roles = { Roles.CONTACT_CORRECTOR, Roles.STOREFRONT,
            Roles.DSR_COORDINATOR })
    void aCorrectionReachesTheOrdersNotYetShippedAndNotTheShippedOnes() throws JsonProcessingException {
        ContactServiceStub.customerLivesAt(CUSTOMER, "150-0001", "1-2-3 Jingumae, the wrong block");
        String placed = OrderFixtures.place(CUSTOMER);
        String paid = OrderFixtures.place(CUSTOMER);
        OrderFixtures.move(paid, OrderFixtures.action("pay"), 200);
        String shipped = OrderFixtures.place(CUSTOMER);
        OrderFixtures.move(shipped, OrderFixtures.action("pay"), 200);
        OrderFixtures.move(shipped, OrderFixtures.ship(), 200);
        String delivered = OrderFixtures.place(CUSTOMER);
        OrderFixtures.move(delivered, OrderFixtures.action("pay"), 200);
        OrderFixtures.move(delivered, OrderFixtures.ship(), 200);
        OrderFixtures.move(delivered, OrderFixtures.action("deliver"), 200);

        correct(CUSTOMER, CORRECTION.formatted("2026-12-02T01:00:00Z", "千代田1-1")).then().statusCode(200)
                .body("ordersUpdated", equalTo(2));

        for (String order : List.of(placed, paid)) {
            OrderProjectionDto delivery = projections.project(order, DisclosurePurpose.DELIVERY).orElseThrow();
            assertEquals("千代田1-1", delivery.shippingAddress().line1(), "the carrier of an order not yet shipped gets the fix");
            assertEquals("100-0001", delivery.shippingAddress().postalCode());
            assertEquals("+81 80-9999-0000", delivery.phone().number());
            assertEquals("ヤマダ", delivery.name().familyKana());
            assertEquals("1-1 Marunouchi",
                    projections.project(order, DisclosurePurpose.PAYMENT).orElseThrow().billingAddress().line1());
        }
        for (String order : List.of(shipped, delivered)) {
            OrderProjectionDto delivery = projections.project(order, DisclosurePurpose.DELIVERY).orElseThrow();
            assertEquals("1-2-3 Jingumae, the wrong block", delivery.shippingAddress().line1(),
                    "an order handed to its carrier keeps what its carrier got");
            assertEquals("+81 90-1234-5678", delivery.phone().number());
            assertEquals("Yamada", delivery.name().family());
        }

        // The corrected order ships with the corrected address.
        OrderFixtures.move(paid, OrderFixtures.ship(), 200);
        assertEquals("千代田1-1", projections.project(paid, DisclosurePurpose.DELIVERY).orElseThrow().shippingAddress().line1());

        SubjectExportDto export = json.readValue(given().get("/internal/subjects/" + CUSTOMER + "/export").then()
                .statusCode(200).extract().asString(), SubjectExportDto.class);
        assertEquals(2, export.contactsAtPlacement().size(), "the export shows the corrected snapshot and the shipped one");
        SubjectExportDto.ContactAtPlacement corrected = export.contactsAtPlacement().stream()
                .filter(contact -> contact.contact().shippingAddress().line1().equals("千代田1-1")).findFirst().orElseThrow();
        assertEquals(List.of(placed, paid).stream().sorted().toList(), corrected.orders().stream().sorted().toList());
    }

    @Test
    @TestSecurity(user = "service-account-contact-service", roles = { Roles.CONTACT_CORRECTOR, Roles.STOREFRONT })
    void anOlderCorrectionArrivingLateChangesNothingAndAMissingShippingAddressKeepsTheOrders() {
        ContactServiceStub.customerLivesAt(CUSTOMER, "150-0001", "1-2-3 Jingumae");
        String order = OrderFixtures.place(CUSTOMER);

        correct(CUSTOMER, CORRECTION.formatted("2026-12-02T02:00:00Z", "newer 2-2")).then().statusCode(200)
                .body("ordersUpdated", equalTo(1));
        correct(CUSTOMER, CORRECTION.formatted("2026-12-02T01:00:00Z", "older 1-1")).then().statusCode(200)
                .body("ordersUpdated", equalTo(0));
        correct(CUSTOMER, CORRECTION.formatted("2026-12-02T02:00:00Z", "newer 2-2")).then().statusCode(200)
                .body("ordersUpdated", equalTo(0));
        assertEquals("newer 2-2", projections.project(order, DisclosurePurpose.DELIVERY).orElseThrow().shippingAddress().line1());

        correct(CUSTOMER, """
                {"asOf": "2026-12-02T03:00:00Z", "name": {"family": "山田", "given": "花子"}}""").then().statusCode(200)
                .body("ordersUpdated", equalTo(1));
        OrderProjectionDto delivery = projections.project(order, DisclosurePurpose.DELIVERY).orElseThrow();
        assertEquals("newer 2-2", delivery.shippingAddress().line1(), "an order not yet shipped keeps somewhere to go");
        assertNull(delivery.phone(), "a phone the customer removed is not passed on");
        assertNull(delivery.name().familyKana());
        assertNull(projections.project(order, DisclosurePurpose.PAYMENT).orElseThrow().billingAddress());
    }

    @Test
    @TestSecurity(user = "service-account-contact-service", roles = Roles.CONTACT_CORRECTOR)
    void aCustomerWithoutOrdersIsNoError() {
        correct("customer-without-orders", CORRECTION.formatted("2026-12-02T01:00:00Z", "1-1")).then().statusCode(200)
                .body("ordersUpdated", equalTo(0));
    }

    @Test
    @TestSecurity(user = "storefront-app", roles = { Roles.STOREFRONT, Roles.DISCLOSURE_BROKER, Roles.DSR_COORDINATOR,
            Roles.CHANGE_REPORTER, Roles.PRIVACY_OFFICER })
    void everyOtherRoleIsRefused() {
        correct(CUSTOMER, CORRECTION.formatted("2026-12-02T01:00:00Z", "1-1")).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = CUSTOMER, roles = Roles.CUSTOMER)
    void theCustomerCannotCallItEither() {
        correct(CUSTOMER, CORRECTION.formatted("2026-12-02T01:00:00Z", "1-1")).then().statusCode(403);
    }

    @Test
    void noTokenIsRefused() {
        correct(CUSTOMER, CORRECTION.formatted("2026-12-02T01:00:00Z", "1-1")).then().statusCode(401);
    }

    static Stream<BadBody> badCorrections() {
        String good = CORRECTION.formatted("2026-12-02T01:00:00Z", "千代田1-1");
        List<BadBody> specific = List.of(
                BadBody.json("no asOf", good.replace("\"asOf\": \"2026-12-02T01:00:00Z\",", "")),
                BadBody.json("asOf not a time", good.replace("2026-12-02T01:00:00Z", "yesterday")),
                BadBody.json("asOf out of range", good.replace("2026-12-02T01:00:00Z", "+10000-01-01T00:00:00Z")),
                BadBody.json("unknown field", good.replace("\"asOf\"", "\"email\": \"h@example.jp\", \"asOf\"")),
                BadBody.json("control character in a line", good.replace("千代田1-1", "千代田\\u0007 1-1")),
                BadBody.json("line too long", good.replace("千代田1-1", "x".repeat(201))),
                BadBody.json("lower-case country", good.replace("\"country\": \"JP\", \"postalCode\": \"100-0001\"",
                        "\"country\": \"jp\", \"postalCode\": \"100-0001\"")),
                BadBody.json("phone as letters", good.replace("+81 80-9999-0000", "call me")),
                BadBody.json("name as a list", good.replaceAll("\"name\": \\{[^}]*\\}", "\"name\": [\"山田\"]")),
                BadBody.json("address as text", good.replaceAll("\"billingAddress\": \\{[^}]*\\}", "\"billingAddress\": \"Tokyo\"")));
        return Stream.concat(BadBody.generic().stream(), specific.stream());
    }

    @ParameterizedTest(name = "PUT contact {0}")
    @MethodSource("badCorrections")
    @TestSecurity(user = "service-account-contact-service", roles = { Roles.CONTACT_CORRECTOR, Roles.STOREFRONT })
    void badBodiesAreRefusedAndChangeNothing(BadBody bad) {
        ContactServiceStub.customerLivesAt(CUSTOMER, "150-0001", "1-2-3 Jingumae");
        String order = OrderFixtures.place(CUSTOMER);
        ProblemAssertions.assertClientProblem(given().contentType(bad.contentType()).body(bad.body())
                .put("/internal/customers/" + CUSTOMER + "/contact").andReturn());
        assertEquals("1-2-3 Jingumae", projections.project(order, DisclosurePurpose.DELIVERY).orElseThrow().shippingAddress().line1());
    }

    @Test
    @TestSecurity(user = "service-account-contact-service", roles = Roles.CONTACT_CORRECTOR)
    void malformedCustomerIdsAreRefused() {
        byte[] body = CORRECTION.formatted("2026-12-02T01:00:00Z", "1-1").getBytes(StandardCharsets.UTF_8);
        for (String id : MalformedIds.IN_PATH) {
            ProblemAssertions.assertClientProblem(RawHttp.send(RestAssured.port, "PUT", "/internal/customers/" + id + "/contact",
                    body, "Content-Type: application/json"));
        }
        ProblemAssertions.assertClientProblem(given().contentType(ContentType.JSON).body(body)
                .put("/internal/customers/%20%3Cb%3E/contact").andReturn());
    }

    private static io.restassured.response.Response correct(String customerId, String body) {
        return given().contentType(ContentType.JSON).body(body).put("/internal/customers/" + customerId + "/contact");
    }
}
