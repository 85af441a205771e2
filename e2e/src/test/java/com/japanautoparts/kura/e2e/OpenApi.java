package com.japanautoparts.kura.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The operations a service's OpenAPI document declares: method, path, parameters, body schema and example, roles. */
final class OpenApi {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private OpenApi() {
    }

    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /**
     * One operation. {@code mediaType} is null when it takes no body; {@code example} is the body example the document
     * gives (null if none); {@code roles} are the roles its security requirement names (empty: public).
     */
    record Operation(String module, String method, String path, List<Parameter> parameters, String mediaType, JsonNode bodySchema,
            JsonNode example, List<String> roles, JsonNode document) {

        boolean hasBody() {
            return mediaType != null;
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path + " (" + module + ")";
        }

        /** The schema with every {@code $ref} of the document followed. */
        JsonNode resolve(JsonNode schema) {
            JsonNode current = schema;
            for (int hops = 0; current != null && current.has("$ref") && hops < 20; hops++) {
                String ref = current.get("$ref").asText();
                current = document.at(ref.substring(1));
            }
            return current;
        }
    }

    /** Every operation of the module's document, /q/** left out. */
    static List<Operation> operations(String module) {
        JsonNode document = fetch(Kura.openapiUrl(module) + "?format=json");
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (path.getKey().startsWith("/q/")) {
                continue;
            }
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(operation(module, method, path.getKey(), path.getValue(), operation, document));
                }
            }
        }
        return operations;
    }

    private static Operation operation(String module, String method, String path, JsonNode pathItem, JsonNode operation, JsonNode document) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : list) {
                JsonNode resolved = parameter.has("$ref") ? document.at(parameter.get("$ref").asText().substring(1)) : parameter;
                String in = resolved.path("in").asText();
                if (in.equals("path") || in.equals("query")) {
                    parameters.add(new Parameter(resolved.path("name").asText(), in, resolved.path("required").asBoolean(false),
                            resolved.path("schema")));
                }
            }
        }
        String mediaType = null;
        JsonNode schema = null;
        JsonNode example = null;
        JsonNode content = operation.path("requestBody").path("content");
        Iterator<String> types = content.fieldNames();
        while (types.hasNext()) {
            String type = types.next();
            if (mediaType == null || type.contains("json")) {
                mediaType = type;
                schema = content.get(type).path("schema");
                example = example(content.get(type));
            }
        }
        List<String> roles = new ArrayList<>();
        for (JsonNode requirement : operation.path("security")) {
            requirement.properties().forEach(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText())));
        }
        return new Operation(module, method, path, parameters, mediaType, schema, example, roles, document);
    }

    /** The first example of a body, parsed when the document holds it as text. */
    private static JsonNode example(JsonNode mediaType) {
        JsonNode value = mediaType.path("example");
        if (value.isMissingNode()) {
            Iterator<JsonNode> examples = mediaType.path("examples").elements();
            value = examples.hasNext() ? examples.next().path("value") : value;
        }
        if (value.isTextual()) {
            try {
                return JSON.readTree(value.asText());
            } catch (IOException e) {
                return null;
            }
        }
        return value.isMissingNode() || value.isNull() ? null : value;
    }

    private static JsonNode fetch(String url) {
        try {
            // HTTP/1.1 and a timeout: a default java.net.http client asks for an h2c upgrade and waits without end.
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("No OpenAPI document at " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted fetching " + url, e);
        }
    }
}
