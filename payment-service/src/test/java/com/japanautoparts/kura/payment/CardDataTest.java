package com.japanautoparts.kura.payment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * PCI DSS: a full card number (in any of the forms kura-common's screen knows) or a security code anywhere in a
 * request body is refused with 422, and the number reaches neither the database (every cell of every table is read
 * back) nor the log (a handler on the root logger captures everything the application logs meanwhile).
 */
@QuarkusTest
@WithTestResource(ContactServiceStub.class)
@TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
class CardDataTest {

    static final String CUSTOMER = "customer-card-data";
    private static final String PAN = "4111111111111111";
    private static final String SPACED_PAN = "4111 1111 1111 1111";
    private static final String FULL_WIDTH_PAN = "\uff14\uff11\uff11\uff11 \uff11\uff11\uff11\uff11 \uff11\uff11\uff11\uff11 \uff11\uff11\uff11\uff11";
    private static final String CVV = "7373";
    private static final String PROBE = "PROBE-refused-body";

    @Inject
    DataSource dataSource;

    private final CapturingHandler log = new CapturingHandler();

    @BeforeEach
    void captureLog() {
        Logger.getLogger("").addHandler(log);
    }

    @AfterEach
    void releaseLog() {
        Logger.getLogger("").removeHandler(log);
    }

    @Test
    void refusesCardNumbersAndSecurityCodesAndKeepsThemNowhere() throws SQLException {
        List<String> bodies = List.of(
                // A card number typed into a free text field, in the forms keyboards and people produce.
                OrderFixtures.jpyOrder(CUSTOMER).replace("Front brake pads, NSX", PROBE + " card " + PAN),
                OrderFixtures.jpyOrder(CUSTOMER).replace("Front brake pads, NSX", PROBE + " " + SPACED_PAN),
                OrderFixtures.jpyOrder(CUSTOMER).replace("Front brake pads, NSX", PROBE + " " + FULL_WIDTH_PAN),
                OrderFixtures.jpyOrder(CUSTOMER).replace("Front brake pads, NSX", PROBE + " 4111.1111.1111.1111"),
                OrderFixtures.jpyOrder(CUSTOMER).replace("Front brake pads, NSX", PROBE + " 4111 - 1111 - 1111 - 1111"),
                OrderFixtures.jpyOrder(CUSTOMER).replace("Front brake pads, NSX", PROBE + " 4111\u00a01111\u00a01111\u00a01111"),
                OrderFixtures.jpyOrder(CUSTOMER).replace("Front brake pads, NSX", PROBE + " 4111\u200b1111\u200b1111\u200b1111"),
                // Split over two adjacent fields.
                OrderFixtures.jpyOrder(CUSTOMER).replace("\"sku\": \"BRK-PAD-NSX-F\"", "\"sku\": \"41111111\"")
                        .replace("Front brake pads, NSX", "11111111").replace("\"currency\"", "\"note\": \"" + PROBE + "\", \"currency\""),
                // Sent where the token belongs.
                OrderFixtures.jpyOrder(CUSTOMER).replace(OrderFixtures.TOKEN, PAN).replace("Front brake pads, NSX", PROBE),
                // As a bare number in a member the schema does not even have.
                OrderFixtures.jpyOrder(CUSTOMER).replace("\"last4\": \"4242\",", "\"last4\": \"4242\", \"number\": " + PAN + ",")
                        .replace("Front brake pads, NSX", PROBE),
                // Security codes, in any spelling.
                OrderFixtures.jpyOrder(CUSTOMER).replace("\"last4\": \"4242\",", "\"last4\": \"4242\", \"cvv\": \"" + CVV + "\",")
                        .replace("Front brake pads, NSX", PROBE),
                OrderFixtures.jpyOrder(CUSTOMER).replace("\"last4\": \"4242\",", "\"last4\": \"4242\", \"securityCode\": " + CVV + ",")
                        .replace("Front brake pads, NSX", PROBE),
                OrderFixtures.jpyOrder(CUSTOMER).replace("\"currency\"", "\"cvc\": \"" + CVV + "\", \"currency\"")
                        .replace("Front brake pads, NSX", PROBE),
                // Malformed JSON still never lets a number through.
                "{\"customerId\": \"" + CUSTOMER + "\", \"note\": \"" + PROBE + " " + PAN + "\"");
        for (String body : bodies) {
            given().contentType(ContentType.JSON.withCharset("UTF-8")).body(body).post("/orders")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("status", equalTo(422))
                    .body(not(containsString(PAN)))
                    .body(not(containsString(CVV)));
        }

        String orderId = OrderFixtures.place(CUSTOMER);
        for (String body : List.of("{\"action\": \"pay\", \"cvv\": \"" + CVV + "\"}",
                "{\"action\": \"ship\", \"carrierId\": \"yamato\", \"trackingNumber\": \"" + SPACED_PAN + "\"}")) {
            given().contentType(ContentType.JSON).body(body).post("/orders/" + orderId + "/transitions")
                    .then().statusCode(422).body(not(containsString(PAN)));
        }
        given().get("/orders/" + orderId).then().statusCode(200).body("status", equalTo("placed"));

        List<String> cells = Database.allCells(dataSource);
        assertTrue(cells.size() > 20, "expected stored rows, read " + cells.size() + " cells");
        for (String cell : cells) {
            // The refused bodies all carry PROBE: its absence shows none of them was stored in part.
            assertFalse(cell.contains(PAN) || cell.contains(SPACED_PAN) || cell.contains(FULL_WIDTH_PAN) || cell.contains(PROBE)
                    || cell.contains("41111111"), "card data or a refused body's content found in a stored column");
        }

        String captured = String.join("\n", log.lines);
        assertTrue(captured.contains("Refused a request body: CARD_NUMBER"), "the capture works: " + log.lines.size() + " lines");
        assertFalse(captured.contains(PAN) || captured.contains(SPACED_PAN) || captured.contains(FULL_WIDTH_PAN)
                || captured.contains(PROBE) || captured.contains("41111111"), "card data reached the log");
    }

    @Test
    void aLuhnInvalidNumberIsJustText() {
        given().contentType(ContentType.JSON)
                .body(OrderFixtures.jpyOrder(CUSTOMER).replace("Front brake pads, NSX", "Part 4111111111111112"))
                .post("/orders").then().statusCode(201).body("lines[0].name", equalTo("Part 4111111111111112"));
    }

    /** Everything logged through JBoss LogManager, formatted as a console line would be. */
    static final class CapturingHandler extends Handler {

        final List<String> lines = new CopyOnWriteArrayList<>();
        /** Logger, message with its parameters filled in, and any exception with its causes. */
        private final PatternFormatter format = new PatternFormatter("%c %s%e%n");

        CapturingHandler() {
            setLevel(Level.ALL);
        }

        @Override
        public void publish(LogRecord record) {
            lines.add(format.format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
