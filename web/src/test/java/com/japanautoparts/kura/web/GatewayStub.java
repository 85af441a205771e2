package com.japanautoparts.kura.web;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * WireMock standing in for the gateway's {@code /api/**} (the services behind it) and for Keycloak's discovery
 * document of realm kura, so the OIDC web-app tenant starts and sends browsers to a login page that is not there.
 * Tests sign in with {@code @TestSecurity}; each test stubs the API answers it needs.
 */
public class GatewayStub implements QuarkusTestResourceLifecycleManager {

    public static final String REALM = "/realms/kura";
    public static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        reset();
        return Map.of("quarkus.rest-client.gateway.url", server.baseUrl(),
                "kura.test.oidc-url", server.baseUrl() + REALM);
    }

    /**
     * Only the identity provider's documents: every API call unstubbed answers 404. Forms go out in UTF-8, as browsers
     * send them from a UTF-8 page (REST Assured's default is ISO-8859-1).
     */
    public static void reset() {
        io.restassured.RestAssured.config = io.restassured.RestAssured.config().encoderConfig(
                io.restassured.config.EncoderConfig.encoderConfig().defaultContentCharset("UTF-8"));
        server.resetAll();
        String realm = server.baseUrl() + REALM;
        server.stubFor(get(urlPathEqualTo(REALM + "/.well-known/openid-configuration")).willReturn(okJson("""
                {"issuer": "%1$s",
                 "authorization_endpoint": "%1$s/protocol/openid-connect/auth",
                 "token_endpoint": "%1$s/protocol/openid-connect/token",
                 "jwks_uri": "%1$s/protocol/openid-connect/certs",
                 "end_session_endpoint": "%1$s/protocol/openid-connect/logout",
                 "userinfo_endpoint": "%1$s/protocol/openid-connect/userinfo",
                 "code_challenge_methods_supported": ["S256"]}""".formatted(realm))));
        server.stubFor(get(urlPathEqualTo(REALM + "/protocol/openid-connect/certs")).willReturn(okJson("{\"keys\": []}")));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
