package com.japanautoparts.kura.k8s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Locale;

/**
 * The realm Kubernetes imports, derived from keycloak/kura-realm.json (the one source of truth) by three
 * mechanical changes: every client secret becomes a Keycloak placeholder read from a Secret, the demo users
 * (those with a password) go, and so do public clients with the password grant (the demo login client).
 */
final class KubernetesRealm {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private KubernetesRealm() {
    }

    static String secretEnv(String clientId) {
        return "KURA_CLIENT_SECRET_" + clientId.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    static String secretName(String clientId) {
        return "oidc-client-" + clientId;
    }

    static String derive(String sourceJson) {
        try {
            ObjectNode realm = (ObjectNode) MAPPER.readTree(sourceJson);
            ArrayNode clients = (ArrayNode) realm.path("clients");
            for (Iterator<JsonNode> it = clients.iterator(); it.hasNext();) {
                ObjectNode client = (ObjectNode) it.next();
                if (client.path("publicClient").asBoolean(false) && client.path("directAccessGrantsEnabled").asBoolean(false)) {
                    it.remove();
                } else if (client.has("secret")) {
                    client.put("secret", "${" + secretEnv(client.path("clientId").asText()) + "}");
                }
            }
            if (realm.has("users")) {
                for (Iterator<JsonNode> it = realm.path("users").iterator(); it.hasNext();) {
                    JsonNode user = it.next();
                    boolean password = false;
                    for (JsonNode credential : user.path("credentials")) {
                        password |= "password".equals(credential.path("type").asText());
                    }
                    if (password) {
                        it.remove();
                    }
                }
            }
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
            return MAPPER.writer(printer).writeValueAsString(realm).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("keycloak/kura-realm.json is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
