package com.japanautoparts.kura.web;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What anyone sees before signing in: the start page with its security headers, the login redirect (authorization
 * code with PKCE, as the public client kura-web), the language chosen from Accept-Language or the switch.
 */
@QuarkusTest
@QuarkusTestResource(GatewayStub.class)
class PublicPagesTest {

    @BeforeEach
    void policyInForce() {
        GatewayStub.reset();
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/policies/current")).willReturn(okJson("""
                {"version": "2026-12", "effectiveDate": "2026-12-01", "summary": "Carriers abroad added.",
                 "textSha256": "%s", "publishedAt": "2026-11-20T00:00:00Z"}""".formatted("a".repeat(64)))));
    }

    @Test
    void theStartPageIsJapaneseByDefaultWithAStrictContentSecurityPolicy() {
        given().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", allOf(containsString("default-src 'none'"),
                        containsString("script-src 'self';"), containsString("style-src 'self';"),
                        containsString("frame-ancestors 'none'"), containsString("base-uri 'none'"),
                        containsString("form-action 'self' " + GatewayStub.server.baseUrl()),
                        not(containsString("unsafe-inline")), not(containsString("unsafe-eval"))))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .body(containsString("<html lang=\"ja\">"))
                .body(containsString("name=\"viewport\""))
                .body(containsString("現在のプライバシーポリシー"))
                .body(containsString("第 2026-12 版"))
                .body(containsString("Carriers abroad added."))
                // No inline script or style anywhere: the policy would block them.
                .body(not(containsString("<script>")))
                .body(not(containsString("style=")));
    }

    @Test
    void englishFromAcceptLanguageAndTheSwitchWinsOverIt() {
        given().header("Accept-Language", "en-GB,en;q=0.9,ja;q=0.5").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("The privacy policy in force"));
        given().header("Accept-Language", "fr-FR,de;q=0.9").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"ja\">"));
        given().header("Accept-Language", "en").cookie("kura_lang", "ja").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"ja\">"));
    }

    @Test
    void theLanguageSwitchIsAFormWithACsrfTokenAndReturnsOnlyToAPathOfThisSite() {
        Forms start = Forms.from("/");
        Response switched = given().redirects().follow(false).cookie(Forms.COOKIE, start.cookie())
                .formParam("csrf-token", start.field()).formParam("lang", "en").formParam("return", "/privacy/data")
                .post("/session/language");
        assertEquals(303, switched.statusCode());
        assertEquals("/privacy/data", URI.create(switched.getHeader("Location")).getPath());
        String cookie = switched.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("kura_lang="))
                .findFirst().orElseThrow();
        assertTrue(cookie.startsWith("kura_lang=en;"), cookie);
        assertTrue(cookieFlags(cookie), cookie);

        for (String elsewhere : new String[] { "//evil.example/x", "https://evil.example/", "/\\evil.example", "privacy" }) {
            Response away = given().redirects().follow(false).cookie(Forms.COOKIE, start.cookie())
                    .formParam("csrf-token", start.field()).formParam("lang", "en").formParam("return", elsewhere)
                    .post("/session/language");
            assertEquals(303, away.statusCode(), elsewhere);
            URI location = URI.create(away.getHeader("Location"));
            assertEquals("/", location.getPath(), elsewhere);
            assertTrue(location.getHost() == null || location.getHost().equals("localhost")
                    || location.getHost().equals("127.0.0.1"), elsewhere);
        }
        // Without the token: refused, no cookie.
        given().redirects().follow(false).cookie(Forms.COOKIE, start.cookie()).formParam("lang", "en")
                .post("/session/language").then().statusCode(400).header("Set-Cookie", not(containsString("kura_lang")));
    }

    @Test
    void aPageNeedingSignInSendsTheBrowserToKeycloakWithPkce() {
        Response challenge = given().redirects().follow(false).get("/privacy/data");
        assertEquals(302, challenge.statusCode());
        URI login = URI.create(challenge.getHeader("Location"));
        assertEquals(GatewayStub.server.baseUrl() + GatewayStub.REALM + "/protocol/openid-connect/auth",
                login.getScheme() + "://" + login.getAuthority() + login.getPath());
        Map<String, String> query = java.util.Arrays.stream(login.getRawQuery().split("&"))
                .map(p -> p.split("=", 2)).collect(Collectors.toMap(p -> p[0], p -> p.length > 1 ? p[1] : ""));
        assertEquals("kura-web", query.get("client_id"));
        assertEquals("code", query.get("response_type"));
        assertEquals("S256", query.get("code_challenge_method"));
        assertTrue(query.get("code_challenge").length() >= 43, "a SHA-256 code challenge");
        assertTrue(java.net.URLDecoder.decode(query.get("redirect_uri"), java.nio.charset.StandardCharsets.UTF_8)
                .endsWith("/session/callback"), query.get("redirect_uri"));
        String state = challenge.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("q_auth"))
                .findFirst().orElseThrow();
        assertTrue(cookieFlags(state), state);
        // The console too; static files do not need a sign-in, and health is on the management interface, never here.
        given().redirects().follow(false).get("/console").then().statusCode(302)
                .header("Location", startsWith(GatewayStub.server.baseUrl()));
        given().get("/static/kura.css").then().statusCode(200).contentType(containsString("text/css"));
        given().get("/q/health/ready").then().statusCode(404);
        given().get(org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("test.management.url", String.class)
                + "/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    /** Secure, HttpOnly and SameSite=Lax (attribute names are case-insensitive). */
    static boolean cookieFlags(String setCookie) {
        java.util.List<String> attributes = java.util.Arrays.stream(setCookie.toLowerCase(java.util.Locale.ROOT).split(";"))
                .map(String::strip).toList();
        return attributes.contains("secure") && attributes.contains("httponly") && attributes.contains("samesite=lax");
    }
}
