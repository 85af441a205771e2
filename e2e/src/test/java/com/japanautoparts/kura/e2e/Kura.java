package com.japanautoparts.kura.e2e;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The running system as the suite sees it: the gateway URL, and real tokens from Keycloak. Client
 * secrets and demo passwords are read from the realm file, the one source of truth for both.
 */
final class Kura {

    static final String GATEWAY = System.getProperty("kura.e2e.gateway-url", "http://127.0.0.1:8080");
    static final String KEYCLOAK = System.getProperty("kura.e2e.keycloak-url", "http://127.0.0.1:8180/realms/kura");
    static final Path ROOT = Path.of(System.getProperty("kura.e2e.root", ".."));
    static final Path STATE = Path.of(System.getProperty("kura.e2e.state", "../.kura/stack"));
    /** Every port of this run is its kura-topology.json port plus this (bin/test picks it; bin/stack uses 0). */
    static final int PORT_OFFSET = Integer.parseInt(System.getProperty("kura.e2e.port-offset", "0"));

    private static final JsonPath REALM = read("keycloak/kura-realm.json");
    private static final JsonPath TOPOLOGY = read("kura-topology.json");
    /** Tokens live 15 minutes (the realm's accessTokenLifespan); one older than 10 is fetched again. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(10);
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
    private static final AtomicLong MARKS = new AtomicLong();

    /**
     * A mark unique to this run and call, in base 36 for free text (versions, descriptions): a millisecond or nanosecond
     * count is 13-19 digits, which passes Luhn one time in ten and is then, rightly, refused as a card number.
     */
    static String mark() {
        return Long.toString(System.currentTimeMillis(), 36) + "-" + Long.toString(MARKS.incrementAndGet(), 36);
    }

    private record Token(String value, Instant fetchedAt) {
    }

    private Kura() {
    }

    /** A request through the gateway as the given party: a demo user name or a client id. */
    static RequestSpecification as(String party) {
        return given().spec(new RequestSpecBuilder().setBaseUri(GATEWAY).build())
                .auth().oauth2(token(party)).contentType(ContentType.JSON);
    }

    static RequestSpecification anonymous() {
        return given().baseUri(GATEWAY).contentType(ContentType.JSON);
    }

    static String token(String party) {
        return TOKENS.compute(party, (name, token) -> token != null && token.fetchedAt().plus(TOKEN_REUSE).isAfter(Instant.now())
                ? token : new Token(fetchToken(name), Instant.now())).value();
    }

    /** A token just issued, not the cached one: for a test that runs long or must see Keycloak issue tokens again. */
    static String freshToken(String party) {
        return fetchToken(party);
    }

    /** A demo user's password, from the realm file (demo users only). */
    static String demoPassword(String user) {
        return REALM.getString("users.find { it.username == '" + user + "' }.credentials[0].value");
    }

    /** The token's subject: the customer id every service knows the customer by. */
    static String subjectOf(String party) {
        String payload = token(party).split("\\.")[1];
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                .getString("sub");
    }

    private static String fetchToken(String party) {
        List<Map<String, Object>> users = REALM.getList("users.findAll { it.username == '" + party + "' }");
        RequestSpecification request = given().baseUri(KEYCLOAK).contentType(ContentType.URLENC);
        if (!users.isEmpty()) {
            String password = REALM.getString("users.find { it.username == '" + party + "' }.credentials[0].value");
            String demoSecret = REALM.getString("clients.find { it.clientId == 'kura-demo' }.secret");
            request = request.formParam("grant_type", "password").formParam("client_id", "kura-demo")
                    .formParam("username", party).formParam("password", password).formParam("scope", "openid");
            if (demoSecret != null) {
                request = request.formParam("client_secret", demoSecret);
            }
        } else {
            String secret = REALM.getString("clients.find { it.clientId == '" + party + "' }.secret");
            request = request.formParam("grant_type", "client_credentials").formParam("client_id", party)
                    .formParam("client_secret", secret);
        }
        return request.post("/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    /** The modules of kura-topology.json, in start order (the gateway, then web). */
    static List<String> modules() {
        return TOPOLOGY.getList("services.module", String.class);
    }

    /** The databases of kura-topology.json, one per module that keeps data (web keeps none). */
    static List<String> databases() {
        return TOPOLOGY.getList("services.findAll { it.database != null }.database", String.class);
    }

    /**
     * The base URL of a module's management interface in this run: its kura-topology.json {@code managementPort} plus
     * the run's port offset. Health is at {@code /q/health}, metrics at {@code /q/metrics}, the OpenAPI document at
     * {@code /q/openapi} ({@link #openapiUrl}), Swagger UI at {@code /q/swagger-ui}; none of them on the public port.
     */
    static String managementUrl(String module) {
        int port = TOPOLOGY.getInt("services.find { it.module == '" + module + "' }.managementPort");
        return "http://127.0.0.1:" + (port + PORT_OFFSET);
    }

    /** The base URL of a module's own public port in this run (straight to it, not through the gateway). */
    static String serviceUrl(String module) {
        int port = TOPOLOGY.getInt("services.find { it.module == '" + module + "' }.port");
        return "http://127.0.0.1:" + (port + PORT_OFFSET);
    }

    /** Where a module's OpenAPI document is in this run. */
    static String openapiUrl(String module) {
        return managementUrl(module) + "/q/openapi";
    }

    private static JsonPath read(String file) {
        try {
            return JsonPath.from(Files.readString(ROOT.resolve(file)));
        } catch (IOException e) {
            throw new IllegalStateException(file + " is needed", e);
        }
    }
}
