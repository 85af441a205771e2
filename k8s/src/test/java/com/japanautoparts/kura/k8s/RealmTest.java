package com.japanautoparts.kura.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * keycloak/kura-realm.json is the one source of truth for the realm. kustomize cannot read files outside
 * k8s/base/keycloak, so that folder holds the Kubernetes form of it, which must be exactly what
 * {@link KubernetesRealm#derive} makes of the source. k8s/bin/sync-realm rewrites it
 * (this test with -Dkura.k8s.syncRealm=true).
 */
class RealmTest {

    static Path source() {
        return Kustomize.k8sDir().resolveSibling("keycloak").resolve("kura-realm.json");
    }

    static Path derived() {
        return Kustomize.k8sDir().resolve("base/keycloak/kura-realm.json");
    }

    @Test
    void theKubernetesRealmIsDerivedFromTheOneSourceOfTruth() throws IOException {
        assertTrue(Files.isRegularFile(source()), "missing " + source());
        String expected = KubernetesRealm.derive(Files.readString(source(), StandardCharsets.UTF_8));
        if (Boolean.getBoolean("kura.k8s.syncRealm")) {
            Files.writeString(derived(), expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(derived(), StandardCharsets.UTF_8),
                "k8s/base/keycloak/kura-realm.json is stale: run k8s/bin/sync-realm");
    }

    @Test
    void theKubernetesRealmKeepsRolesAndClientsButNoDemoCredentials() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode source = mapper.readTree(source().toFile());
        JsonNode derived = mapper.readTree(derived().toFile());
        assertEquals("kura", derived.path("realm").asText());
        assertEquals(source.path("roles"), derived.path("roles"));
        int confidential = 0;
        for (JsonNode client : derived.path("clients")) {
            if (client.has("secret")) {
                confidential++;
                assertEquals("${" + KubernetesRealm.secretEnv(client.path("clientId").asText()) + "}", client.path("secret").asText());
            }
            assertFalse(client.path("publicClient").asBoolean() && client.path("directAccessGrantsEnabled").asBoolean(),
                    client.path("clientId").asText());
        }
        assertTrue(confidential >= KuraTopology.SERVICES.size(), "every Kura service is a confidential client");
        for (JsonNode user : derived.path("users")) {
            assertTrue(user.has("serviceAccountClientId"), "only service accounts remain: " + user.path("username").asText());
        }
    }

    @Test
    void theBrowserClientIsPublicWithPkceOnlyAndSendsBrowsersToThePublicSite() throws IOException {
        JsonNode derived = new ObjectMapper().readTree(derived().toFile());
        JsonNode web = null;
        for (JsonNode client : derived.path("clients")) {
            if ("kura-web".equals(client.path("clientId").asText())) {
                web = client;
            }
        }
        assertTrue(web != null, "the realm has the client kura-web");
        assertTrue(web.path("publicClient").asBoolean() && !web.has("secret"), "public: no secret to keep");
        assertTrue(web.path("standardFlowEnabled").asBoolean(), "authorization-code flow");
        assertFalse(web.path("directAccessGrantsEnabled").asBoolean() || web.path("implicitFlowEnabled").asBoolean()
                || web.path("serviceAccountsEnabled").asBoolean(), "no password grant, implicit flow or service account");
        assertEquals("S256", web.path("attributes").path("pkce.code.challenge.method").asText());
        assertEquals(List.of(KubernetesRealm.WEB_URL_PLACEHOLDER + "/session/callback"),
                new ObjectMapper().convertValue(web.path("redirectUris"), List.class));
        assertEquals(KubernetesRealm.WEB_URL_PLACEHOLDER + "/", web.path("attributes").path("post.logout.redirect.uris").asText());
        String keycloakConfig = Files.readString(Kustomize.k8sDir().resolve("base/keycloak/kustomization.yaml"));
        assertTrue(keycloakConfig.contains("KURA_WEB_URL="), "Keycloak's configuration sets KURA_WEB_URL");
    }
}
