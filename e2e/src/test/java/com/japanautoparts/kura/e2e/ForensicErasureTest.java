package com.japanautoparts.kura.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * Erasure leaves nothing behind (issue 14). A customer with distinctive values everywhere (a name in kanji, email, phone,
 * address line, order lines, consents, a disclosure to a carrier, an access export downloaded) is erased; then every
 * Kura database is dumped with pg_dump, every service log (and the database server's) is read, every service's metrics
 * are fetched, and each value is searched for in every spelling it can take there. A value may remain only where the
 * erasure answer says something is kept by law, and only in the database of the service that keeps it, with the reason
 * it gave; never in a log or a metric. The test prints each value and where it was and was not found
 * (also in e2e/target/forensic-report.txt).
 */
class ForensicErasureTest {

    /** A customer no other test uses (keycloak/README.md). */
    private static final String CUSTOMER = "umeko";
    private static final String SPECIALS = "marketing-email-specials";

    /** One searched value: what it is, and the databases allowed to keep it, each with the service whose answer says why. */
    private record Searched(String what, String value, Map<String, String> allowedIn) {
    }

    @Test
    void afterAnErasureNothingOfTheCustomerRemainsButWhatTheAnswerKeepsByLaw() throws IOException {
        String n = String.valueOf(100_000 + new SecureRandom().nextInt(900_000));
        String kanji = kanjiDigits(n);
        String customerId = Kura.subjectOf(CUSTOMER);
        String family = "鷲見";
        String given = "桜子" + kanji;
        String email = "sakura.washimi." + n + "@forensic.example.jp";
        String phone = "+81 80-" + n.substring(0, 4) + "-" + n.substring(2, 6);
        String locality = "鷲見市" + kanji;
        String line1 = "桜が丘" + kanji + "丁目 4-7 " + n;
        String sku = "FRN-" + n + "-BRK";
        String lineName = "特注ブレーキパッド " + n;
        String token = "tok_forensic_" + n;
        String tracking = "FRN-TRK-" + n;
        String userAgent = "ForensicBrowser/" + n;

        // The customer everywhere: contact data, an order shipped by a carrier, the carrier's disclosure, consents.
        Scenario.recipientsRegistered();
        Kura.as(CUSTOMER).body("""
                {"name": {"family": "%s", "given": "%s"},
                 "addresses": [{"type": "SHIPPING", "postalCode": "150-0001", "region": "東京都", "locality": "%s", "line1": "%s"},
                               {"type": "BILLING", "postalCode": "150-0001", "region": "東京都", "locality": "%s", "line1": "%s"}],
                 "phones": [{"type": "MOBILE", "number": "%s"}],
                 "emails": [{"address": "%s"}]}""".formatted(family, given, locality, line1, locality, line1, phone, email))
                .put("/api/contacts/me").then().statusCode(oneOf(200, 201));
        String orderId = Kura.as(Scenario.STOREFRONT).body("""
                {"customerId": "%s", "currency": "JPY",
                 "lines": [{"sku": "%s", "name": "%s", "quantity": 1, "unitPrice": 9800}],
                 "paymentMethod": {"processorToken": "%s", "brand": "JCB", "last4": "4242",
                                   "expiryMonth": 12, "expiryYear": 2030, "processorId": "%s"}}"""
                .formatted(customerId, sku, lineName, token, Scenario.KPAY))
                .post("/api/orders").then().statusCode(201).extract().path("orderId");
        Kura.as(Scenario.STOREFRONT).body("{\"action\": \"pay\"}").post("/api/orders/" + orderId + "/transitions").then().statusCode(200);
        Kura.as(Scenario.STOREFRONT).body("{\"action\": \"ship\", \"carrierId\": \"" + Scenario.YAMATO + "\", \"trackingNumber\": \""
                + tracking + "\"}").post("/api/orders/" + orderId + "/transitions").then().statusCode(200);
        Kura.as(Scenario.YAMATO).get("/api/disclosures/orders/" + orderId + "/delivery").then().statusCode(200)
                .body("contact.name.family", equalTo(family)).body("contact.phone.number", equalTo(phone));
        Kura.as(Scenario.STOREFRONT).body("""
                {"customerId": "%s", "purpose": "%s", "action": "granted", "channel": "web", "page": "account-login-page",
                 "noticeVersion": "1", "userAgent": "%s"}""".formatted(customerId, SPECIALS, userAgent))
                .post("/api/consents").then().statusCode(201);
        Kura.as(CUSTOMER).body("{\"channel\": \"web\", \"page\": \"account-settings\"}")
                .post("/api/consents/me/affiliate-tracking/withdraw").then().statusCode(201);
        Kura.as(Scenario.STOREFRONT).get("/api/consents/eligibility/" + customerId + "/" + SPECIALS).then().statusCode(200)
                .body("eligible", equalTo(true));
        Kura.as(CUSTOMER).get("/api/orders/me/" + orderId).then().statusCode(200);

        // An access request, answered and its export downloaded.
        String access = file("access");
        awaitStatus(access, "completed");
        String export = Kura.as(CUSTOMER).get("/api/me/requests/" + access + "/export").then().statusCode(200).extract().asString();
        assertTrue(export.contains(family) && export.contains(email) && export.contains(sku), "the export holds everything");

        // A control before the erasure: the search finds what is stored in plain text (a kanji product name, the processor
        // token, the consent's user agent), so a value found nowhere afterwards is gone, not missed.
        List<Forensics.Place> before = Forensics.databases();
        Map<String, String> controls = Map.of(lineName, "database payment", token, "database payment", userAgent, "database consent");
        StringBuilder control = new StringBuilder("Control before the erasure:\n");
        controls.forEach((value, place) -> {
            List<String> found = Forensics.whereFound(value, before);
            control.append("- \"").append(value).append("\" found in ").append(found).append("\n");
            assertTrue(found.contains(place), "the search finds " + value + " in " + place + " before the erasure: " + found);
        });

        // The erasure.
        String erasure = file("erasure");
        JsonPath answer = awaitStatus(erasure, "completed");
        Kura.as(CUSTOMER).get("/api/me/requests/" + access + "/export").then().statusCode(410);
        Kura.as(CUSTOMER).get("/api/contacts/me").then().statusCode(404);

        // What the answer says is kept, and why: the only places a value may still be found.
        Map<String, String> reasons = new LinkedHashMap<>();
        reasons.put("gateway", answer.getString("retained[0].what") + " -- " + answer.getString("retained[0].legalReason"));
        for (String service : answer.getList("progress.service", String.class)) {
            List<Map<String, String>> retained = answer.getList("progress.find { it.service == '" + service + "' }.retained");
            if (retained != null && !retained.isEmpty()) {
                reasons.put(database(service), retained.get(0).get("what") + " -- " + retained.get(0).get("legalReason"));
            }
        }
        for (String keeper : List.of("gateway", "payment", "consent", "disclosure")) {
            assertTrue(reasons.containsKey(keeper), "the erasure answer says what " + keeper + " keeps by law: " + answer.prettify());
        }

        List<Searched> searched = List.of(
                new Searched("family name (kanji)", family, Map.of()),
                new Searched("given name (kanji)", given, Map.of()),
                new Searched("email address", email, Map.of()),
                new Searched("phone number", phone, Map.of()),
                new Searched("phone number, digits only", phone.replaceAll("[^0-9]", ""), Map.of()),
                new Searched("address: locality", locality, Map.of()),
                new Searched("address: line 1", line1, Map.of()),
                new Searched("payment token", token, Map.of()),
                new Searched("tracking number", tracking, Map.of()),
                new Searched("consent: user agent of the login-page opt-in", userAgent, Map.of()),
                new Searched("the identity provider's email (in every token)", "umeko@example.jp", Map.of()),
                new Searched("order line: SKU", sku, Map.of("payment", reasons.get("payment"))),
                new Searched("order line: product name", lineName, Map.of("payment", reasons.get("payment"))),
                new Searched("customer id (the token's sub)", customerId, Map.of("gateway", reasons.get("gateway"),
                        "disclosure", reasons.get("disclosure"), "consent", reasons.get("consent"))));
        List<Forensics.Place> databases = Forensics.databases();
        List<Forensics.Place> logs = Forensics.logs();
        List<Forensics.Place> metrics = Forensics.metrics();
        List<Forensics.Place> everywhere = new ArrayList<>(databases);
        everywhere.addAll(logs);
        everywhere.addAll(metrics);

        StringBuilder report = new StringBuilder("Forensic search after erasing " + CUSTOMER + " (" + customerId + "), run " + n + "\n")
                .append("Searched: ").append(everywhere.stream().map(Forensics.Place::label).toList()).append("\n")
                .append("Spellings of each value: as given, lower case, JSON-escaped, URL-encoded, hex of UTF-8 (bytea)\n")
                .append(control).append("\nAfter the erasure:\n");
        List<String> violations = new ArrayList<>();
        for (Searched value : searched) {
            List<String> found = Forensics.whereFound(value.value(), everywhere);
            TreeSet<String> notFound = new TreeSet<>(everywhere.stream().map(Forensics.Place::label).toList());
            found.forEach(notFound::remove);
            report.append("- ").append(value.what()).append(": \"").append(value.value()).append("\"\n");
            if (found.isEmpty()) {
                report.append("    found nowhere\n");
            }
            for (String place : found) {
                String database = place.startsWith("database ") ? place.substring("database ".length()) : null;
                String reason = database == null ? null : value.allowedIn().get(database);
                report.append("    found in ").append(place).append(reason == null ? "  <-- NOT ALLOWED" : "  (kept by law: " + reason + ")")
                        .append("\n");
                if (reason == null) {
                    violations.add(value.what() + " in " + place);
                }
            }
            report.append("    not found in ").append(notFound.size()).append(" places: ").append(notFound).append("\n");
        }
        // Metrics never carry ids: not the customer's, not the order's, not the requests'.
        for (String id : List.of(customerId, orderId, access, erasure)) {
            List<String> inMetrics = Forensics.whereFound(id, metrics);
            report.append("- id ").append(id).append(" in metrics: ").append(inMetrics.isEmpty() ? "none" : inMetrics).append("\n");
            inMetrics.forEach(place -> violations.add("id " + id + " in " + place));
        }
        Reports.publish("Forensic sweep after an erasure (issue 14)", "forensic-report.txt", report);

        assertEquals(List.of(), violations, report.toString());
    }

    private static String file(String type) {
        String location = Kura.as(CUSTOMER).body("{\"type\": \"" + type + "\"}").post("/api/me/requests")
                .then().statusCode(oneOf(200, 202)).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static JsonPath awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> Kura.as(CUSTOMER)
                .get("/api/me/requests/" + id).then().statusCode(200).body("status", equalTo(status)));
        return Kura.as(CUSTOMER).get("/api/me/requests/" + id).then().body("outcome", containsString(" ")).extract().jsonPath();
    }

    /** contact-service keeps its data in database contact, and so on (kura-topology.json). */
    private static String database(String service) {
        return service.replaceFirst("-service$", "");
    }

    private static String kanjiDigits(String digits) {
        String kanji = "〇一二三四五六七八九";
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append(kanji.charAt(c - '0')));
        return out.toString();
    }
}
