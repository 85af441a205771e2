package com.japanautoparts.kura.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in identity provider for the tests that check real token validation (audience, signature, issuer): an OIDC
 * discovery document and its signing key (RS256, made at start) on a random local port, and {@link #token} to issue
 * tokens as Keycloak's look (sub, azp, aud, realm_access.roles). It turns the service's token validation on
 * ({@code %test.quarkus.oidc.tenant-enabled=true}), which its other tests replace with {@code @TestSecurity}.
 */
public class TokenIssuer implements QuarkusTestResourceLifecycleManager {

    private static final String KID = "kura-test";
    private static WireMockServer server;
    private static KeyPair keys;

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        String issuer = issuer();
        server.stubFor(get(urlPathEqualTo("/.well-known/openid-configuration")).willReturn(okJson("""
                {"issuer": "%1$s", "jwks_uri": "%1$s/protocol/openid-connect/certs",
                 "token_endpoint": "%1$s/protocol/openid-connect/token",
                 "authorization_endpoint": "%1$s/protocol/openid-connect/auth",
                 "id_token_signing_alg_values_supported": ["RS256"]}""".formatted(issuer))));
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        server.stubFor(get(urlPathEqualTo("/protocol/openid-connect/certs")).willReturn(okJson("""
                {"keys": [{"kty": "RSA", "kid": "%s", "use": "sig", "alg": "RS256", "n": "%s", "e": "%s"}]}"""
                .formatted(KID, unsigned(key.getModulus().toByteArray()), unsigned(key.getPublicExponent().toByteArray())))));
        return Map.of(
                "%test.quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", issuer,
                "%test.quarkus.oidc.auth-server-url", issuer);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The issuer (the realm URL) tokens name; the service discovers its keys from it. */
    public static String issuer() {
        return server.baseUrl();
    }

    /**
     * A token for the given audiences (none: no {@code aud} claim), with the given realm roles, signed with the stand-in
     * issuer's key, valid for five minutes.
     */
    public static String token(List<String> audiences, String... roles) {
        long now = Instant.now().getEpochSecond();
        String aud = audiences.isEmpty() ? ""
                : "\"aud\": [" + audiences.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", ")) + "], ";
        String claims = "{\"iss\": \"" + issuer() + "\", " + aud + "\"sub\": \"" + UUID.randomUUID() + "\", "
                + "\"azp\": \"kura-test\", \"typ\": \"Bearer\", \"iat\": " + now + ", \"exp\": " + (now + 300) + ", "
                + "\"realm_access\": {\"roles\": [" + java.util.Arrays.stream(roles).map(r -> "\"" + r + "\"")
                        .collect(Collectors.joining(", ")) + "]}}";
        String header = "{\"alg\": \"RS256\", \"typ\": \"JWT\", \"kid\": \"" + KID + "\"}";
        String signed = base64(header.getBytes(StandardCharsets.UTF_8)) + "." + base64(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + base64(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unsigned(byte[] twosComplement) {
        int skip = twosComplement.length > 1 && twosComplement[0] == 0 ? 1 : 0;
        byte[] bytes = new byte[twosComplement.length - skip];
        System.arraycopy(twosComplement, skip, bytes, 0, bytes.length);
        return base64(bytes);
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
