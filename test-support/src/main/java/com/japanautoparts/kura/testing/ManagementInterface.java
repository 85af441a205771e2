package com.japanautoparts.kura.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A service's management interface in its {@code @QuarkusTest}s: health, metrics, OpenAPI and Swagger UI answer there
 * without a token, and only there; and its metrics never name the ids a test sent.
 */
public final class ManagementInterface {

    /** Every {@code /q/*} endpoint a Kura service serves. */
    public static final List<String> ENDPOINTS = List.of("/health/live", "/health/ready", "/health/started", "/metrics",
            "/openapi", "/swagger-ui/");

    private ManagementInterface() {
    }

    /** The management interface's {@code /q} URL in this test run (its port is a free one: quarkus.management.test-port=0). */
    public static String url() {
        return ConfigProvider.getConfig().getValue("test.management.url", String.class);
    }

    /** Each endpoint answers 200 without a token on the management interface, and 404 on the public port. */
    public static void servesEveryEndpointThereAndNoneOnThePublicPort() {
        for (String endpoint : ENDPOINTS) {
            given().get(url() + endpoint).then().statusCode(200);
            given().get("/q" + endpoint).then().statusCode(404);
        }
        given().get(url() + "/health/ready").then().body("status", equalTo("UP"));
    }

    /**
     * Sends GETs to these path templates with a fresh id in place of {@code {id}} (whatever they answer), and to a path
     * nothing serves, then checks that no metric series names the id.
     */
    public static void assertIdsInPathsNeverReachMetrics(String... templates) {
        String id = UUID.randomUUID().toString();
        for (String template : templates) {
            given().get(template.replace("{id}", id));
        }
        given().get("/no-such-endpoint/" + id).then().statusCode(404);
        assertMetricsNameNoneOf(id);
    }

    /** The Prometheus text of the management interface's {@code /q/metrics}. */
    public static String metrics() {
        return given().get(url() + "/metrics").then().statusCode(200).extract().asString();
    }

    /** No metric series names any of these values (ids the test sent in paths). */
    public static void assertMetricsNameNoneOf(String... values) {
        String metrics = metrics();
        for (String value : values) {
            assertTrue(!metrics.contains(value), () -> "a metric series names " + value + ":\n" + seriesWith(metrics, value));
        }
    }

    private static String seriesWith(String metrics, String value) {
        return String.join("\n", metrics.lines().filter(line -> line.contains(value)).toList());
    }
}
