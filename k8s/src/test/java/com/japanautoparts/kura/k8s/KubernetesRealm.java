package com.japanautoparts.kura.k8s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The realm Kubernetes imports, derived from keycloak/kura-realm.json (the one source of truth) by four
 * mechanical changes: every client secret becomes a Keycloak placeholder read from a Secret, the demo users
 * (those with a password) go, and so do public clients with the password grant (the demo login client); a browser
 * client's local addresses (http://127.0.0.1:8080 and localhost) become the placeholder ${KURA_WEB_URL}, the site's
 * public address, which Keycloak reads from its environment (keycloak-config).
 */
final class KubernetesRealm {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private KubernetesRealm() {
    }

    static String secretEnv(String clientId) {
        return "KURA_CLIENT_SECRET_" + clientId.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    static final String WEB_URL_PLACEHOLDER = "${KURA_WEB_URL}";
    private static final Pattern LOCAL_ORIGIN = Pattern.compile("http://(127\\.0\\.0\\.1|localhost):8080");

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
                if (client.path("standardFlowEnabled").asBoolean(false)) {
                    publicAddresses(client);
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

    private static String publicAddress(String uri) {
        return LOCAL_ORIGIN.matcher(uri).replaceAll(Matcher.quoteReplacement(WEB_URL_PLACEHOLDER));
    }

    /** The browser client's redirect and post-logout addresses: the local ones become the public site's, once each. */
    private static void publicAddresses(ObjectNode client) {
        if (client.has("rootUrl")) {
            client.put("rootUrl", publicAddress(client.path("rootUrl").asText()));
        }
        ArrayNode redirects = MAPPER.createArrayNode();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode uri : client.path("redirectUris")) {
            seen.add(publicAddress(uri.asText()));
        }
        seen.forEach(redirects::add);
        client.set("redirectUris", redirects);
        JsonNode attributes = client.path("attributes");
        if (attributes.has("post.logout.redirect.uris")) {
            Set<String> logout = new LinkedHashSet<>();
            for (String uri : attributes.path("post.logout.redirect.uris").asText().split("##")) {
                logout.add(publicAddress(uri));
            }
            ((ObjectNode) attributes).put("post.logout.redirect.uris", String.join("##", logout));
        }
    }
}
