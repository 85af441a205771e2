package com.japanautoparts.kura.e2e;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    private static final JsonPath REALM = readRealm();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

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
        return TOKENS.computeIfAbsent(party, Kura::fetchToken);
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

    private static JsonPath readRealm() {
        try {
            return JsonPath.from(Files.readString(ROOT.resolve("keycloak/kura-realm.json")));
        } catch (IOException e) {
            throw new IllegalStateException("The realm file keycloak/kura-realm.json is needed", e);
        }
    }
}
