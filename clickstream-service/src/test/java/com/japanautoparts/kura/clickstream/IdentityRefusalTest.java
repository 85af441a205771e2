package com.japanautoparts.kura.clickstream;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.Rows;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/** Events that identify a person are refused with 422 naming the field, never echoing the value, and nothing is stored. */
@QuarkusTest
@TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
class IdentityRefusalTest {

    private static final String SESSION = "s-refusal-0001";

    @Inject
    DataSource dataSource;

    static Stream<Arguments> identifying() {
        return Stream.of(
                refused("email in a page path", "events[0].path", "hanako@example.jp",
                        "{\"type\": \"page_view\", \"sessionId\": \"" + SESSION + "\", \"path\": \"/account/hanako@example.jp\"}"),
                refused("percent-encoded email in a query", "events[0].query", "hanako%40example.jp",
                        "{\"type\": \"page_view\", \"sessionId\": \"" + SESSION + "\", \"path\": \"/search\", \"query\": \"q=hanako%40example.jp\"}"),
                refused("international phone number in a query", "events[0].query", "+81 90 1234 5678",
                        "{\"type\": \"page_view\", \"sessionId\": \"" + SESSION + "\", \"path\": \"/search\", \"query\": \"q=+81 90 1234 5678\"}"),
                refused("Japanese landline in a referrer", "events[0].referrer", "03-1234-5678",
                        "{\"type\": \"page_view\", \"sessionId\": \"" + SESSION + "\", \"path\": \"/\", \"referrer\": \"https://ref.example/call/03-1234-5678\"}"),
                refused("Japanese mobile in a feature name", "events[0].feature", "09012345678",
                        "{\"type\": \"feature_used\", \"sessionId\": \"" + SESSION + "\", \"feature\": \"callback 09012345678\"}"),
                refused("Luhn-valid card number in a path", "events[0].path", "4111111111111111",
                        "{\"type\": \"page_view\", \"sessionId\": \"" + SESSION + "\", \"path\": \"/pay/4111111111111111\"}"),
                refused("card number with spaces in a query", "events[0].query", "4111 1111 1111 1111",
                        "{\"type\": \"page_view\", \"sessionId\": \"" + SESSION + "\", \"path\": \"/pay\", \"query\": \"n=4111%201111%201111%201111\"}"),
                refused("full IPv4 address in a query", "events[0].query", "198.51.100.23",
                        "{\"type\": \"page_view\", \"sessionId\": \"" + SESSION + "\", \"path\": \"/\", \"query\": \"from=198.51.100.23\"}"),
                refused("full IPv6 address in a referrer", "events[0].referrer", "2001:db8:85a3::8a2e:370:7334",
                        "{\"type\": \"page_view\", \"sessionId\": \"" + SESSION + "\", \"path\": \"/\", \"referrer\": \"https://ref.example/?peer=2001:db8:85a3::8a2e:370:7334\"}"),
                refused("customer id (UUID) in a path", "events[0].path", "6f1c1c0e-3f5e-4d57-9a51-1f0e2b7c9d10",
                        "{\"type\": \"page_view\", \"sessionId\": \"" + SESSION + "\", \"path\": \"/customers/6f1c1c0e-3f5e-4d57-9a51-1f0e2b7c9d10/orders\"}"),
                refused("customerId query parameter", "events[0].query", "c-42",
                        "{\"type\": \"page_view\", \"sessionId\": \"" + SESSION + "\", \"path\": \"/orders\", \"query\": \"page=2&customerId=c-42\"}"),
                refused("name query parameter in a referrer", "events[0].referrer", "Yamada",
                        "{\"type\": \"page_view\", \"sessionId\": \"" + SESSION + "\", \"path\": \"/\", \"referrer\": \"https://ref.example/p?last_name=Yamada\"}"),
                refused("email as the session pseudonym", "events[0].sessionId", "hanako@example.jp",
                        "{\"type\": \"page_view\", \"sessionId\": \"hanako@example.jp\", \"path\": \"/\"}"),
                refused("email as an affiliate code", "events[0].affiliateCode", "blogger@example.jp",
                        "{\"type\": \"affiliate_landing\", \"sessionId\": \"" + SESSION + "\", \"affiliateCode\": \"blogger@example.jp\"}"),
                refused("customerId field", "events[0].customerId", "c-42",
                        "{\"type\": \"conversion\", \"sessionId\": \"" + SESSION + "\", \"orderTotal\": 100, \"currency\": \"JPY\", \"customerId\": \"c-42\"}"),
                refused("email field", "events[0].email", "hanako@example.jp",
                        "{\"type\": \"page_view\", \"sessionId\": \"" + SESSION + "\", \"path\": \"/\", \"email\": \"hanako@example.jp\"}"),
                refused("name field", "events[0].name", "Hanako Yamada",
                        "{\"type\": \"page_view\", \"sessionId\": \"" + SESSION + "\", \"path\": \"/\", \"name\": \"Hanako Yamada\"}"),
                refused("phone field", "events[0].phone_number", "09012345678",
                        "{\"type\": \"feature_used\", \"sessionId\": \"" + SESSION + "\", \"feature\": \"x\", \"phone_number\": \"09012345678\"}"),
                refused("ipAddress field", "events[0].ipAddress", "198.51.100.23",
                        "{\"type\": \"page_view\", \"sessionId\": \"" + SESSION + "\", \"path\": \"/\", \"ipAddress\": \"198.51.100.23\"}"),
                refused("identifying event after a clean one", "events[1].path", "hanako@example.jp",
                        "{\"type\": \"page_view\", \"sessionId\": \"" + SESSION + "\", \"path\": \"/clean\"}, "
                                + "{\"type\": \"page_view\", \"sessionId\": \"" + SESSION + "\", \"path\": \"/u/hanako@example.jp\"}"));
    }

    private static Arguments refused(String name, String field, String secret, String events) {
        return Arguments.of(name, field, secret, "{\"events\": [" + events + "]}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("identifying")
    void identifyingEventsAreRefusedAndNothingIsStored(String name, String field, String secret, String body) {
        long before = Rows.count(dataSource, "select count(*) from click_event");

        Response response = Events.post(body);

        ProblemAssertions.assertProblem(response, 422);
        assertThat(response.jsonPath().getString("detail"), containsString("'" + field + "'"));
        assertThat(response.asString(), not(containsString(secret)));
        assertEquals(before, Rows.count(dataSource, "select count(*) from click_event"));
    }

    @Test
    void ordinaryNavigationIsNotMistakenForPersonalData() {
        String path = "/" + Events.unique("parts-") + "/04465-33471";
        Response response = Events.post(Events.batch(
                "{\"type\": \"page_view\", \"sessionId\": \"s-ordinary-0001\", \"path\": \"" + path + "\","
                        + " \"query\": \"make=toyota&year=2019&model=GR86&time=10:30:00&v=1.2.3&sort=price\","
                        + " \"referrer\": \"https://www.example.com/reviews/brake-pads?page=2\", \"dwellMs\": 1200}",
                "{\"type\": \"feature_used\", \"sessionId\": \"s-ordinary-0001\", \"feature\": \"part-finder: step 2\", \"durationMs\": 50}"));
        response.then().statusCode(200);
        assertEquals(1, Rows.count(dataSource, "select count(*) from click_event where path = ?", path));
        assertEquals(List.of(List.of("www.example.com")),
                Rows.rows(dataSource, "select referrer_host from click_event where path = ?", path));
    }

    @Test
    void clientAddressesAreKeptOnlyAsTheirNetwork() {
        String v4 = "/" + Events.unique("ipv4-");
        String v6 = "/" + Events.unique("ipv6-");
        Events.post(Events.batch(
                "{\"type\": \"page_view\", \"sessionId\": \"s-network-0001\", \"path\": \"" + v4 + "\", \"clientIp\": \"203.0.113.77\"}",
                "{\"type\": \"page_view\", \"sessionId\": \"s-network-0001\", \"path\": \"" + v6 + "\", \"clientIp\": \"2001:db8:1234:5678:9abc::1\"}"))
                .then().statusCode(200);

        assertEquals(List.of(List.of("203.0.113.0/24")), Rows.rows(dataSource, "select network from click_event where path = ?", v4));
        assertEquals(List.of(List.of("2001:db8:1234::/48")), Rows.rows(dataSource, "select network from click_event where path = ?", v6));
    }
}
