package com.japanautoparts.kura.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.japanautoparts.kura.gateway.DataSubjectRequestTest.PATIENCE;
import static com.japanautoparts.kura.gateway.DataSubjectRequestTest.awaitStatus;
import static com.japanautoparts.kura.gateway.DataSubjectRequestTest.file;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;
import com.japanautoparts.kura.common.retention.DueCategory;
import com.japanautoparts.kura.common.retention.PurgeTrigger;
import com.japanautoparts.kura.common.retention.RetentionService;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.gateway.service.GatewayRetentionPlan;
import com.japanautoparts.kura.testing.MovableClock;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * Access exports: encrypted at rest, apart from the request records (which hold no personal data); downloadable for
 * the window stated in the request (7 days), then 410 and deleted by the retention schedule; an erasure request deletes
 * them in the transaction that files it, and an export still being gathered when an erasure is filed is never kept.
 */
@QuarkusTest
@QuarkusTestResource(Downstream.class)
class ExportTest {

    private static final String FAMILY = "鷲見";
    private static final String EMAIL = "sakura.export@example.jp";
    private static final String CONTACT_EXPORT = "{\"service\":\"contact-service\",\"contact\":{\"name\":{\"family\":\"" + FAMILY
            + "\",\"given\":\"桜子\"},\"emails\":[{\"address\":\"" + EMAIL + "\"}]}}";

    @Inject
    MovableClock clock;

    @Inject
    RetentionService retention;

    @Inject
    DataSource dataSource;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "subject-export-window", roles = Roles.CUSTOMER)
    void anExportIsCiphertextAtRestDownloadableForItsWindowThenGoneAndPurged() throws SQLException {
        String id = answeredAccess("subject-export-window");
        JsonPath request = given().get("/api/me/requests/" + id).then().statusCode(200).extract().jsonPath();
        Instant completedAt = Instant.parse(request.getString("completedAt"));
        Instant availableUntil = Instant.parse(request.getString("exportAvailableUntil"));
        assertEquals(Duration.ofDays(7), Duration.between(completedAt, availableUntil), "the window is stated in the request");

        String document = given().get("/api/me/requests/" + id + "/export").then().statusCode(200)
                .header("Cache-Control", "no-store").extract().asString();
        assertTrue(document.contains(FAMILY) && document.contains(EMAIL), document);
        assertEquals(availableUntil.toString(), JsonPath.from(document).getString("availableUntil"));

        List<byte[]> parts = bytes("select e.content from dsr_export e join dsr_request r on r.id = e.request_id where r.subject = ?",
                "subject-export-window");
        assertEquals(4, parts.size(), "one encrypted part per service that answered with data");
        for (byte[] part : parts) {
            assertFalse(contains(part, FAMILY) || contains(part, EMAIL) || contains(part, "contact"), "ciphertext only");
        }
        for (String row : rowsAsText("subject-export-window")) {
            assertFalse(row.contains(FAMILY) || row.contains(EMAIL), "the request records hold no personal data: " + row);
        }

        clock.moveBy(Duration.between(Instant.now(), availableUntil).minusMinutes(1));
        given().get("/api/me/requests/" + id + "/export").then().statusCode(200);
        clock.moveBy(Duration.ofMinutes(1));
        ProblemAssertions.assertProblem(given().get("/api/me/requests/" + id + "/export"), 410);

        assertTrue(exports(retention.dryRun(PurgeTrigger.SCHEDULE)).count() >= 4);
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertEquals(0, parts("subject-export-window"), "the window has ended: the purge deleted the parts");
        given().get("/api/me/requests/" + id).then().statusCode(200).body("status", equalTo("completed"));
        ProblemAssertions.assertProblem(given().get("/api/me/requests/" + id + "/export"), 410);
    }

    @Test
    @TestSecurity(user = "subject-export-erased", roles = Roles.CUSTOMER)
    void anErasureRequestDeletesTheExportsInTheTransactionThatFilesIt() throws SQLException {
        String id = answeredAccess("subject-export-erased");
        given().get("/api/me/requests/" + id + "/export").then().statusCode(200);
        assertEquals(4, parts("subject-export-erased"));
        // A service that does not answer keeps the erasure open: the exports go all the same, when it is filed.
        Downstream.server.stubFor(post(urlPathEqualTo("/consent-service/internal/subjects/subject-export-erased/erase"))
                .willReturn(aResponse().withStatus(503)));

        JsonPath erasure = given().contentType("application/json").body("{\"type\":\"erasure\"}").post("/api/me/requests")
                .then().statusCode(202).extract().jsonPath();
        assertEquals(0, parts("subject-export-erased"), "gone once the POST has answered");
        ProblemAssertions.assertProblem(given().get("/api/me/requests/" + id + "/export"), 410);
        given().get("/api/me/requests/" + id).then().statusCode(200).body("$", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasKey("exportAvailableUntil")));
        assertTrue(erasure.getString("retained[0].what").contains("this request's record"));
        assertTrue(erasure.getString("retained[0].legalReason").contains("11 CCR 7101"));
    }

    @Test
    @TestSecurity(user = "subject-export-late", roles = Roles.CUSTOMER)
    void anExportStillBeingGatheredWhenAnErasureIsFiledIsNeverKept() throws SQLException {
        String path = "/contact-service/internal/subjects/subject-export-late/export";
        Downstream.server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(503)));
        String access = file("access", 202);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> given().get("/api/me/requests/" + access)
                .then().body("progress.find { it.service == 'contact-service' }.attempts", greaterThan(0)));
        file("erasure", 202);

        Downstream.server.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(CONTACT_EXPORT)));
        JsonPath answered = awaitStatus(access, "completed");
        assertTrue(answered.getString("outcome").contains("not kept"), answered.getString("outcome"));
        assertNull(answered.getString("exportAvailableUntil"));
        assertEquals(0, parts("subject-export-late"), "nothing stored after the erasure was filed");
        ProblemAssertions.assertProblem(given().get("/api/me/requests/" + access + "/export"), 410);
    }

    @Test
    @TestSecurity(user = "subject-export-other", roles = Roles.CUSTOMER)
    void someoneElsesExportIsNotFoundAndAMalformedIdIsNotFoundEither() {
        given().get("/api/me/requests/" + java.util.UUID.randomUUID() + "/export").then().statusCode(404);
        given().get("/api/me/requests/not-a-uuid/export").then().statusCode(404);
        ProblemAssertions.assertProblem(given().get("/api/me/requests/" + "x".repeat(2000) + "/export"), 404);
    }

    @Test
    @TestSecurity(user = "subject-export-large", roles = Roles.CUSTOMER)
    void aLargePartIsStoredInChunksBoundToTheirPlaceAndDownloadedAsTheServiceWroteIt() throws Exception {
        // About 700 KB (three chunks of 256 KiB), multi-byte characters throughout, so chunk boundaries fall inside them.
        StringBuilder orders = new StringBuilder("{\"service\":\"payment-service\",\"orders\":[");
        for (int i = 0; i < 6000; i++) {
            orders.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"name\":\"").append(FAMILY)
                    .append("桜子\",\"part\":\"ブレーキパッド フロント 左右セット\",\"note\":\"\\\"quoted\\\" , } ] {\"}");
        }
        String payment = orders.append("]}").toString();
        Downstream.server.stubFor(get(urlPathEqualTo("/payment-service/internal/subjects/subject-export-large/export"))
                .willReturn(okJson(payment)));
        String id = answeredAccess("subject-export-large");

        assertEquals(List.of(0, 1, 2), seqs("subject-export-large", "payment-service"), "one row per 256 KiB chunk, in order");
        for (byte[] chunk : bytes("select e.content from dsr_export e join dsr_request r on r.id = e.request_id where r.subject = ?",
                "subject-export-large")) {
            assertFalse(contains(chunk, FAMILY) || contains(chunk, "orders"), "ciphertext only");
        }
        byte[] document = given().get("/api/me/requests/" + id + "/export").then().statusCode(200)
                .contentType("application/json").extract().asByteArray();
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode read = mapper.readTree(document);
        assertEquals(mapper.readTree(payment), read.get("services").get("payment-service"), "the service's part, whole and unchanged");
        assertEquals(mapper.readTree(CONTACT_EXPORT), read.get("services").get("contact-service"));
        assertEquals("nothing-held", read.get("services").get("clickstream-service").get("outcome").asText());
        assertEquals(List.of("customerId", "requestId", "generatedAt", "availableUntil", "services", "requests"),
                iterable(read.fieldNames()));
        assertEquals(id, read.get("requests").get(0).get("id").asText());

        // Two chunks swapped, or the last one gone: the part no longer decrypts, and no document is delivered.
        swapFirstChunks(id);
        assertFalse(delivered(id), "swapped chunks are refused");
        swapFirstChunks(id);
        given().get("/api/me/requests/" + id + "/export").then().statusCode(200);
        update("delete from dsr_export where service = 'payment-service' and seq = 2 and request_id = ?::uuid", id);
        assertFalse(delivered(id), "a dropped chunk is noticed");
    }

    @Test
    @TestSecurity(user = "subject-export-not-json", roles = Roles.CUSTOMER)
    void anExportThatIsNotOneJsonObjectIsAFailedStepRetriedUntilItIs() throws SQLException {
        String path = "/contact-service/internal/subjects/subject-export-not-json/export";
        Downstream.server.stubFor(get(urlPathEqualTo(path)).willReturn(okJson("{\"service\":\"contact-service\",\"contact\":")));
        String id = file("access", 202);
        JsonPath failing = awaitStatus(id, "failed-retrying");
        assertEquals("pending", DataSubjectRequestTest.progress(failing, "contact-service", "status"));
        assertEquals("export not JSON", DataSubjectRequestTest.progress(failing, "contact-service", "lastError"));
        assertEquals(List.of(), seqs("subject-export-not-json", "contact-service"), "nothing stored");

        Downstream.server.stubFor(get(urlPathEqualTo(path)).willReturn(okJson("[" + CONTACT_EXPORT + "]")));
        int attempts = Integer.parseInt(DataSubjectRequestTest.progress(failing, "contact-service", "attempts"));
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> Integer.parseInt(DataSubjectRequestTest.progress(
                given().get("/api/me/requests/" + id).jsonPath(), "contact-service", "attempts")) > attempts + 1);
        assertEquals("export not JSON", DataSubjectRequestTest.progress(given().get("/api/me/requests/" + id).jsonPath(),
                "contact-service", "lastError"), "an array is not an export either");

        Downstream.server.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(CONTACT_EXPORT)));
        awaitStatus(id, "completed");
        given().get("/api/me/requests/" + id + "/export").then().statusCode(200)
                .body("services.contact-service.contact.name.family", equalTo(FAMILY));
    }

    @Test
    @TestSecurity(user = "subject-export-broken", roles = Roles.CUSTOMER)
    void aPartWhoseStreamBreaksLeavesNothingAndOneThatArrivesInPiecesIsStoredWhole() throws Exception {
        String path = "/contact-service/internal/subjects/subject-export-broken/export";
        // 200, then garbage where the chunks should be, then the connection closes: read as it arrives, refused, retried.
        Downstream.server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        String id = file("access", 202);
        JsonPath failing = awaitStatus(id, "failed-retrying");
        assertEquals("pending", DataSubjectRequestTest.progress(failing, "contact-service", "status"));
        assertEquals("export cut short", DataSubjectRequestTest.progress(failing, "contact-service", "lastError"));
        assertEquals(List.of(), seqs("subject-export-broken", "contact-service"), "nothing of a broken part is stored");

        // About 450 KB sent chunked in a dozen pieces over half a second: stored in 256 KiB chunks as it arrives, delivered whole.
        StringBuilder contact = new StringBuilder("{\"service\":\"contact-service\",\"history\":[");
        for (int i = 0; i < 5000; i++) {
            contact.append(i == 0 ? "" : ",").append("{\"field\":\"name\",\"actor\":\"").append(FAMILY).append(i).append("桜子 ブレーキ\"}");
        }
        String part = contact.append("]}").toString();
        Downstream.server.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(part).withChunkedDribbleDelay(12, 500)));
        awaitStatus(id, "completed");
        int length = part.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(length > 256 * 1024, "more than one chunk");
        assertEquals(java.util.stream.IntStream.range(0, (length + 256 * 1024 - 1) / (256 * 1024)).boxed().toList(),
                seqs("subject-export-broken", "contact-service"));
        byte[] document = given().get("/api/me/requests/" + id + "/export").then().statusCode(200).extract().asByteArray();
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        assertEquals(mapper.readTree(part), mapper.readTree(document).get("services").get("contact-service"));
    }

    /** Whether the download delivers a whole JSON document (a broken stream or an error status does not). */
    private static boolean delivered(String id) {
        try {
            io.restassured.response.Response response = given().get("/api/me/requests/" + id + "/export");
            if (response.statusCode() != 200) {
                return false;
            }
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.asByteArray());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private List<Integer> seqs(String subject, String service) throws SQLException {
        List<Integer> seqs = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select e.seq from dsr_export e join dsr_request r on r.id = e.request_id where r.subject = ? and e.service = ? order by e.seq")) {
            query.setString(1, subject);
            query.setString(2, service);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    seqs.add(result.getInt(1));
                }
            }
        }
        return seqs;
    }

    private void swapFirstChunks(String requestId) throws SQLException {
        for (String move : List.of("0 then -1", "1 then 0", "-1 then 1")) {
            update("update dsr_export set seq = case seq when " + move + " end where service = 'payment-service' and request_id = ?::uuid "
                    + "and seq = " + move.substring(0, move.indexOf(' ')), requestId);
        }
    }

    private void update(String sql, String requestId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, requestId);
            assertTrue(statement.executeUpdate() > 0, sql);
        }
    }

    /** The subject's access request, answered by every service, contact-service with distinctive contact data. */
    private static String answeredAccess(String subject) {
        Downstream.server.stubFor(get(urlPathEqualTo("/contact-service/internal/subjects/" + subject + "/export"))
                .willReturn(okJson(CONTACT_EXPORT)));
        String id = file("access", 202);
        awaitStatus(id, "completed");
        given().get("/api/me/requests/" + id).then().body("exportAvailableUntil", containsString("T"));
        return id;
    }

    private static DueCategory exports(List<DueCategory> categories) {
        return categories.stream().filter(c -> c.category().equals(GatewayRetentionPlan.ACCESS_EXPORTS)).findFirst().orElseThrow();
    }

    private static boolean contains(byte[] stored, String value) {
        String hex = HexFormat.of().formatHex(stored);
        return hex.contains(HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)));
    }

    private long parts(String subject) throws SQLException {
        return bytes("select e.content from dsr_export e join dsr_request r on r.id = e.request_id where r.subject = ?", subject).size();
    }

    /** Every row of the subject's request records (requests and steps), as PostgreSQL's JSON text of the whole row. */
    private List<String> rowsAsText(String subject) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String sql : List.of("select row_to_json(r)::text from dsr_request r where r.subject = ?",
                "select row_to_json(s)::text from dsr_step s join dsr_request r on r.id = s.request_id where r.subject = ?")) {
            try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, subject);
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        rows.add(result.getString(1));
                    }
                }
            }
        }
        assertFalse(rows.isEmpty());
        return rows;
    }

    private List<byte[]> bytes(String sql, String subject) throws SQLException {
        List<byte[]> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, subject);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    values.add(result.getBytes(1));
                }
            }
        }
        return values;
    }
}
