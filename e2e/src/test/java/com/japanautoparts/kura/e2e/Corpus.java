package com.japanautoparts.kura.e2e;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.japanautoparts.kura.testing.RawHttp;

/**
 * Requests generated from the services' OpenAPI documents, each breaking one thing: a path or query parameter, one
 * body field, or the body as a whole. Sent over plain sockets (so malformed targets and bytes go out as they are), with
 * a real token of a role the operation allows, through the gateway for the routes it serves and straight to the
 * service for its internal endpoints.
 */
final class Corpus {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MARKER = "__kura_corpus_value__";

    /** Which party holds each role (demo users and clients of the realm file). */
    private static final Map<String, String> PARTIES = Map.ofEntries(Map.entry("customer", "hanako"),
            Map.entry("storefront", Scenario.STOREFRONT), Map.entry("staff", "sato-staff"),
            Map.entry("privacy-officer", Scenario.PRIVACY_OFFICER), Map.entry("carrier", Scenario.YAMATO),
            Map.entry("payment-processor", Scenario.KPAY), Map.entry("affiliate", "affiliate-partsblog"),
            Map.entry("dsr-coordinator", "gateway"), Map.entry("legal-hold-reader", "contact-service"),
            Map.entry("disclosure-broker", "disclosure-service"));

    private Corpus() {
    }

    /** One request: what it tests, where it goes, what it sends. {@code card} is the PAN it carries, if any. */
    record Probe(OpenApi.Operation operation, String kind, String variant, int port, String target, byte[] body,
            List<String> headers, String card) {

        @Override
        public String toString() {
            return operation + " [" + kind + ": " + variant + "] " + (target.length() > 120 ? target.substring(0, 120) + "..." : target);
        }
    }

    record Outcome(Probe probe, RawHttp.Answer answer) {
    }

    /** The values a valid request would use, for everything but the part a probe breaks. */
    record Context(String customerId, String orderId) {

        String pathValue(OpenApi.Operation operation, String name) {
            return switch (name) {
                case "customerId", "customer" -> customerId;
                case "orderId" -> orderId;
                case "purpose" -> operation.path().contains("consents") ? "marketing-email-specials" : "delivery";
                case "key" -> "marketing-email-specials";
                case "code" -> "partsblog";
                case "month" -> "2026-11";
                case "version" -> "2026-11";
                case "service" -> "contact";
                case "operation" -> "purges";
                case "id" -> operation.path().startsWith("/recipients") ? Scenario.YAMATO
                        : operation.path().contains("requests") ? "0b7f5b8e-6a57-4c8e-9a3b-5d1f0c2e7a91" : "999999";
                default -> "x";
            };
        }
    }

    // --- what each probe breaks ---

    /** Path and query values as they go on the wire (already percent-encoded where they are well-formed). */
    static final List<String> BAD_URL_VALUES = List.of("%00", "%u0041", "%7Bx%7D", "%7B", "a%20b", "-dash", "x".repeat(300),
            "%C3%BC", "..%2F..", "%2e%2e", "%27%20OR%201%3D1--", "%3Cscript%3E", "a%c0%afb", "%ff", "%", "%0d%0aX-Injected:%201",
            "9999999999999999999999", "-1", "0", "1.5", "null", "%24%7Bjndi%3Aldap%3A%2F%2F127.0.0.1%2Fa%7D", "x".repeat(5000));

    /** JSON values put in place of one field. */
    static List<String> badJsonValues() {
        List<String> values = new ArrayList<>(List.of("12345", "-1", "1.5", "true", "null", "{}", "[]", "\"\"", "\"   \"",
                "1e999999", "123456789012345678901234567890123456789012345678", "-9223372036854775809", "1.7976931348623157e309",
                "\"a\\u0000b\"", "\"\\u0007\\u001b[31mred\"", "\"\\ud800\"", "\"\\u0085\"", "\"\\u202eabc\"", "\"\\ufeffabc\"",
                "\"" + "x".repeat(10_000) + "\"",
                "\"+999999999-12-31\"", "\"+294277-01-01T00:00:00Z\"", "\"-999999999-01-01\"", "\"0000-01-01T00:00:00Z\"",
                "\"2026-02-30\"", "\"P999999999Y\"",
                "\"' OR '1'='1\"", "\"\\\"; DROP TABLE x; --\"", "\"<script>alert(1)</script>\"", "\"${jndi:ldap://127.0.0.1/a}\"",
                "\"../../../../etc/passwd\"", "\"%00\"", "\"{x}\"", "\"{{7*7}}\"", "\"\\\\u0000\"",
                "[".repeat(60) + "]".repeat(60), "4111111111111111"));
        return values;
    }

    record RawBody(String name, String contentType, byte[] bytes) {
    }

    /** Whole bodies, whatever the schema: not JSON, wrong types, wrong encodings, wrong content types, too large. */
    static List<RawBody> badBodies(JsonNode base) {
        String json = text(base);
        List<RawBody> bodies = new ArrayList<>();
        for (String[] body : new String[][] { { "truncated", "{" }, { "not JSON", "this is not json" }, { "empty", "" },
                { "JSON null", "null" }, { "array", "[]" }, { "bare string", "\"x\"" }, { "bare number", "42" },
                { "missing value", "{\"a\":}" }, { "trailing garbage", json + " garbage" },
                { "unknown field", json.startsWith("{") && json.length() > 2 ? "{\"zzUnknown\": 1, " + json.substring(1) : "{\"zzUnknown\": 1}" },
                { "duplicate key", duplicateKey(json) }, { "deep nesting", "[".repeat(5000) + "]".repeat(5000) },
                { "deep objects", "{\"a\":".repeat(2000) + "1" + "}".repeat(2000) },
                { "huge number", "{\"n\": 1" + "0".repeat(5000) + "}" },
                { "NUL escape in a member name", "{\"a\\u0000b\": 1}" } }) {
            bodies.add(new RawBody(body[0], "application/json", body[1].getBytes(StandardCharsets.UTF_8)));
        }
        bodies.add(new RawBody("invalid UTF-8", "application/json", new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xc3, 0x28, '"', '}' }));
        bodies.add(new RawBody("overlong UTF-8", "application/json", overlong(json)));
        bodies.add(new RawBody("raw NUL byte in a string", "application/json", new byte[] { '{', '"', 'a', '"', ':', '"', 'x', 0, 'y', '"', '}' }));
        bodies.add(new RawBody("byte order mark", "application/json", concat(new byte[] { (byte) 0xef, (byte) 0xbb, (byte) 0xbf },
                json.getBytes(StandardCharsets.UTF_8))));
        bodies.add(new RawBody("UTF-16", "application/json", json.getBytes(StandardCharsets.UTF_16)));
        bodies.add(new RawBody("Latin-1 charset", "application/json; charset=ISO-8859-1", "{\"a\": \"\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1)));
        bodies.add(new RawBody("text/plain", "text/plain", json.getBytes(StandardCharsets.UTF_8)));
        bodies.add(new RawBody("XML", "application/xml", "<a>1</a>".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new RawBody("form", "application/x-www-form-urlencoded", "a=1&b=2".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new RawBody("multipart", "multipart/form-data; boundary=x",
                "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--\r\n".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new RawBody("no content type", null, json.getBytes(StandardCharsets.UTF_8)));
        bodies.add(new RawBody("70 KB", "application/json", ("{\"pad\": \"" + "a".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8)));
        bodies.add(new RawBody("600 KB", "application/json", ("{\"pad\": \"" + "a".repeat(600_000) + "\"}").getBytes(StandardCharsets.UTF_8)));
        bodies.add(new RawBody("card number in a malformed body", "application/json",
                ("{\"note\": \"" + CardForms.PANS.get(0)).getBytes(StandardCharsets.UTF_8)));
        bodies.add(new RawBody("card number as text/plain", "text/plain", CardForms.grouped(CardForms.PANS.get(0), " ")
                .getBytes(StandardCharsets.UTF_8)));
        return bodies;
    }

    // --- building probes ---

    /** Every probe for the operations: the corpus. */
    static List<Probe> build(List<OpenApi.Operation> operations, Context context, List<CardForms.Form> cardForms) {
        List<Probe> probes = new ArrayList<>();
        List<String> jsonValues = badJsonValues();
        for (OpenApi.Operation operation : operations) {
            Target target = Target.of(operation);
            String party = party(operation);
            // Path and query parameters, one at a time.
            for (OpenApi.Parameter parameter : operation.parameters()) {
                List<String> values = new ArrayList<>(BAD_URL_VALUES);
                for (CardForms.Form form : cardForms) {
                    values.add(URLEncoder.encode(form.text(), StandardCharsets.UTF_8).replace("+", "%20"));
                }
                for (String value : values) {
                    String card = value.contains("%") || value.chars().allMatch(Character::isDigit) ? cardOf(value, cardForms) : null;
                    probes.add(probe(operation, target, party, parameter.in(), parameter.name() + " = " + abbreviated(value),
                            path(operation, context, parameter.name(), value), query(operation, parameter.name(), value),
                            operation.hasBody() ? base(operation) : null, card));
                }
            }
            if (!operation.hasBody()) {
                probes.add(probeWithHeaders(operation, target, party, "header", "Accept: text/csv", context, null, null, "Accept: text/csv"));
                probes.add(probeWithHeaders(operation, target, party, "header", "huge header", context, null, null,
                        "X-Padding: " + "a".repeat(30_000)));
                continue;
            }
            JsonNode base = base(operation);
            // One body field at a time.
            for (List<Object> field : fields(operation, base)) {
                for (String value : jsonValues) {
                    probes.add(fieldProbe(operation, target, party, context, base, field, value, null));
                }
                for (CardForms.Form form : cardForms) {
                    probes.add(fieldProbe(operation, target, party, context, base, field, quoted(form.text()), form));
                }
            }
            // The card split over consecutive fields, where two or more string fields sit side by side.
            probes.addAll(splitCardProbes(operation, target, party, context, base));
            // The body as a whole.
            for (RawBody body : badBodies(base)) {
                probes.add(new Probe(operation, "body", body.name(), target.port(), target.prefix() + path(operation, context, null, null)
                        + query(operation, null, null), body.bytes(), headers(party, body.contentType()),
                        body.name().startsWith("card") ? CardForms.PANS.get(0) : null));
            }
        }
        return probes;
    }

    /**
     * Every card form against every write endpoint: each form in one of the operation's fields (the forms spread over
     * the fields in turn, so every field gets some and every form goes to every endpoint), in each path and query
     * parameter as plain and full-width digits, and split over consecutive fields.
     */
    static List<Probe> cards(List<OpenApi.Operation> operations, Context context, List<CardForms.Form> forms) {
        List<Probe> probes = new ArrayList<>();
        for (OpenApi.Operation operation : operations) {
            if (operation.method().equals("get") || operation.method().equals("delete")) {
                continue;
            }
            Target target = Target.of(operation);
            String party = party(operation);
            JsonNode base = operation.hasBody() ? base(operation) : null;
            List<List<Object>> fields = base == null ? List.of() : fields(operation, base);
            for (int i = 0; i < forms.size() && !fields.isEmpty(); i++) {
                CardForms.Form form = forms.get(i);
                probes.add(fieldProbe(operation, target, party, context, base, fields.get(i % fields.size()), quoted(form.text()), form));
            }
            for (OpenApi.Parameter parameter : operation.parameters()) {
                for (String pan : CardForms.PANS) {
                    for (String text : List.of(pan, CardForms.fullWidth(CardForms.grouped(pan, " ")))) {
                        String value = URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
                        probes.add(probe(operation, target, party, parameter.in(), parameter.name() + " = card",
                                path(operation, context, parameter.name(), value), query(operation, parameter.name(), value), base, pan));
                    }
                }
            }
            if (base != null) {
                probes.addAll(splitCardProbes(operation, target, party, context, base));
            }
        }
        return probes;
    }

    private static Probe fieldProbe(OpenApi.Operation operation, Target target, String party, Context context, JsonNode base,
            List<Object> field, String value, CardForms.Form form) {
        JsonNode body = base.deepCopy();
        body = set(body, field, NODES.textNode(MARKER));
        byte[] bytes = text(body).replace("\"" + MARKER + "\"", value).getBytes(StandardCharsets.UTF_8);
        return new Probe(operation, "field", name(field) + " = " + (form == null ? abbreviated(value) : "card, " + form.name()),
                target.port(), target.prefix() + path(operation, context, null, null) + query(operation, null, null), bytes,
                headers(party, operation.mediaType()), form == null ? (value.equals("4111111111111111") ? value : null) : form.digits());
    }

    /** Four groups of the card in four consecutive string fields (or eight in two, when only two sit together). */
    private static List<Probe> splitCardProbes(OpenApi.Operation operation, Target target, String party, Context context, JsonNode base) {
        List<Probe> probes = new ArrayList<>();
        List<List<Object>> strings = fields(operation, base).stream().filter(f -> isStringField(operation, base, f)).toList();
        String pan = CardForms.PANS.get(0);
        for (int first = 0; first + 1 < strings.size(); first++) {
            List<Object> a = strings.get(first);
            List<Object> b = strings.get(first + 1);
            if (!a.subList(0, a.size() - 1).equals(b.subList(0, b.size() - 1))) {
                continue;
            }
            JsonNode body = base.deepCopy();
            body = set(body, a, NODES.textNode(pan.substring(0, 8)));
            body = set(body, b, NODES.textNode(pan.substring(8)));
            probes.add(new Probe(operation, "split", name(a) + " + " + name(b), target.port(),
                    target.prefix() + path(operation, context, null, null) + query(operation, null, null),
                    text(body).getBytes(StandardCharsets.UTF_8), headers(party, operation.mediaType()), pan));
        }
        return probes;
    }

    private static Probe probe(OpenApi.Operation operation, Target target, String party, String kind, String variant, String path,
            String query, JsonNode body, String card) {
        return new Probe(operation, kind, variant, target.port(), target.prefix() + path + query,
                body == null ? null : text(body).getBytes(StandardCharsets.UTF_8),
                headers(party, body == null ? null : operation.mediaType()), card);
    }

    private static Probe probeWithHeaders(OpenApi.Operation operation, Target target, String party, String kind, String variant,
            Context context, JsonNode body, String card, String header) {
        List<String> headers = new ArrayList<>(headers(party, null));
        headers.add(header);
        return new Probe(operation, kind, variant, target.port(), target.prefix() + path(operation, context, null, null)
                + query(operation, null, null), null, headers, card);
    }

    /** Where an operation is reached: through the gateway for the routes it serves, else straight at the service. */
    record Target(int port, String prefix) {

        static Target of(OpenApi.Operation operation) {
            Topology gateway = Topology.of("gateway");
            if (operation.module().equals("gateway")) {
                return new Target(gateway.port(), "");
            }
            String first = operation.path().split("/")[1];
            return Topology.gatewayRoutes().contains(first) ? new Target(gateway.port(), "/api")
                    : new Target(Topology.of(operation.module()).port(), "");
        }
    }

    static String party(OpenApi.Operation operation) {
        for (String role : operation.roles()) {
            if (PARTIES.containsKey(role)) {
                return PARTIES.get(role);
            }
        }
        return operation.roles().isEmpty() ? null : Scenario.PRIVACY_OFFICER;
    }

    private static List<String> headers(String party, String contentType) {
        List<String> headers = new ArrayList<>();
        if (party != null) {
            headers.add("Authorization: Bearer " + Kura.token(party));
        }
        if (contentType != null) {
            headers.add("Content-Type: " + contentType);
        }
        headers.add("Accept: application/json, application/problem+json");
        return headers;
    }

    /** The path with every parameter at its valid value but {@code broken}, which gets {@code value} (raw). */
    private static String path(OpenApi.Operation operation, Context context, String broken, String value) {
        String path = operation.path();
        for (OpenApi.Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                String replacement = parameter.name().equals(broken) ? value
                        : URLEncoder.encode(context.pathValue(operation, parameter.name()), StandardCharsets.UTF_8);
                path = path.replace("{" + parameter.name() + "}", replacement);
            }
        }
        return path;
    }

    private static String query(OpenApi.Operation operation, String broken, String value) {
        return operation.parameters().stream().anyMatch(p -> p.in().equals("query") && p.name().equals(broken))
                ? "?" + broken + "=" + value : "";
    }

    /** The document's example body, else one made from the schema. */
    static JsonNode base(OpenApi.Operation operation) {
        if (operation.example() != null && operation.example().isContainerNode()) {
            return operation.example();
        }
        JsonNode generated = generate(operation, operation.bodySchema(), 0);
        return generated == null ? NODES.objectNode() : generated;
    }

    private static JsonNode generate(OpenApi.Operation operation, JsonNode schema, int depth) {
        JsonNode resolved = operation.resolve(schema);
        if (resolved == null || depth > 6) {
            return NODES.nullNode();
        }
        JsonNode first = firstOf(resolved);
        if (first != null) {
            return generate(operation, first, depth);
        }
        if (resolved.has("enum") && resolved.get("enum").size() > 0) {
            return resolved.get("enum").get(0);
        }
        String type = resolved.path("type").asText("object");
        String format = resolved.path("format").asText("");
        return switch (type) {
            case "string" -> NODES.textNode(switch (format) {
                case "date-time" -> "2026-11-30T10:00:00Z";
                case "date" -> "2026-12-01";
                case "email" -> "corpus@example.jp";
                default -> "corpus";
            });
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(generate(operation, resolved.path("items"), depth + 1));
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                resolved.path("properties").properties()
                        .forEach(p -> object.set(p.getKey(), generate(operation, p.getValue(), depth + 1)));
                yield object;
            }
        };
    }

    /** Every field of the body: the example's leaves and the schema's properties, as paths of names and indexes. */
    static List<List<Object>> fields(OpenApi.Operation operation, JsonNode base) {
        Set<List<Object>> fields = new LinkedHashSet<>();
        leaves(base, new ArrayList<>(), fields);
        schemaFields(operation, operation.bodySchema(), new ArrayList<>(), fields, 0);
        return new ArrayList<>(fields);
    }

    private static void leaves(JsonNode node, List<Object> path, Set<List<Object>> fields) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                List<Object> next = new ArrayList<>(path);
                next.add(member.getKey());
                leaves(member.getValue(), next, fields);
            }
        } else if (node.isArray() && node.size() > 0) {
            List<Object> next = new ArrayList<>(path);
            next.add(0);
            leaves(node.get(0), next, fields);
        } else if (!path.isEmpty()) {
            fields.add(List.copyOf(path));
        }
    }

    private static void schemaFields(OpenApi.Operation operation, JsonNode schema, List<Object> path, Set<List<Object>> fields, int depth) {
        JsonNode resolved = operation.resolve(schema);
        if (resolved == null || depth > 5) {
            return;
        }
        JsonNode first = firstOf(resolved);
        if (first != null) {
            schemaFields(operation, first, path, fields, depth);
            return;
        }
        String type = resolved.path("type").asText(resolved.has("properties") ? "object" : "");
        if (type.equals("object") && resolved.has("properties")) {
            resolved.get("properties").properties().forEach(p -> {
                List<Object> next = new ArrayList<>(path);
                next.add(p.getKey());
                schemaFields(operation, p.getValue(), next, fields, depth + 1);
            });
        } else if (type.equals("array")) {
            List<Object> next = new ArrayList<>(path);
            next.add(0);
            schemaFields(operation, resolved.path("items"), next, fields, depth + 1);
        } else if (!path.isEmpty()) {
            fields.add(List.copyOf(path));
        }
    }

    private static JsonNode firstOf(JsonNode schema) {
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combinator) && schema.get(combinator).size() > 0) {
                return schema.get(combinator).get(0);
            }
        }
        return null;
    }

    private static boolean isStringField(OpenApi.Operation operation, JsonNode base, List<Object> field) {
        JsonNode value = base;
        for (Object step : field) {
            value = step instanceof Integer index ? value.path(index) : value.path((String) step);
        }
        return value.isTextual();
    }

    /** Sets the value at the path, making the objects and arrays on the way. */
    static JsonNode set(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode container = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            Object next = path.get(i + 1);
            JsonNode child = step instanceof Integer index ? container.path(index) : container.path((String) step);
            if (child.isMissingNode() || child.isNull() || child.isValueNode() || (next instanceof Integer) != child.isArray()) {
                child = next instanceof Integer ? NODES.arrayNode() : NODES.objectNode();
                put(container, step, child);
            }
            container = child;
        }
        put(container, path.get(path.size() - 1), value);
        return root;
    }

    private static void put(JsonNode container, Object step, JsonNode value) {
        if (container instanceof ObjectNode object) {
            object.set((String) step, value);
        } else if (container instanceof ArrayNode array) {
            int index = (Integer) step;
            while (array.size() <= index) {
                array.addNull();
            }
            array.set(index, value);
        }
    }

    private static String name(List<Object> field) {
        StringBuilder name = new StringBuilder();
        for (Object step : field) {
            if (step instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                name.append(name.isEmpty() ? "" : ".").append(step);
            }
        }
        return name.toString();
    }

    private static String cardOf(String value, List<CardForms.Form> forms) {
        String decoded;
        try {
            decoded = URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null; // a malformed escape such as %u0041 holds no card number
        }
        return forms.stream().filter(f -> f.text().equals(decoded)).map(CardForms.Form::digits).findFirst().orElse(null);
    }

    // --- sending ---

    /** Sends every probe, several at a time, and collects each answer (an unanswered probe is an outcome with status 0). */
    static List<Outcome> send(List<Probe> probes, int parallel) {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<Outcome>> futures = new ArrayList<>(probes.size());
            for (Probe probe : probes) {
                futures.add(pool.submit(() -> new Outcome(probe, exchange(probe))));
            }
            List<Outcome> outcomes = new ArrayList<>(probes.size());
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get(2, TimeUnit.MINUTES));
            }
            return outcomes;
        } catch (Exception e) {
            throw new IllegalStateException("Sending the corpus failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static RawHttp.Answer exchange(Probe probe) {
        String method = probe.operation().method().toUpperCase();
        try {
            return RawHttp.send(probe.port(), method, probe.target(), probe.body(), probe.headers().toArray(String[]::new));
        } catch (RuntimeException e) {
            return new RawHttp.Answer(0, Map.of(), "no answer: " + e.getClass().getSimpleName());
        }
    }

    // --- small helpers ---

    private static String text(JsonNode node) {
        try {
            return OpenApi.JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quoted(String text) {
        return text(NODES.textNode(text));
    }

    private static String abbreviated(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "...(" + value.length() + " chars)" : value;
    }

    private static String duplicateKey(String json) {
        if (!json.startsWith("{") || json.length() < 3) {
            return "{\"a\": 1, \"a\": 2}";
        }
        int colon = json.indexOf(':');
        String key = json.substring(1, colon);
        return "{" + key + ": null, " + json.substring(1);
    }

    /** The body with an overlong '/' (C0 AF) put into its first string value. */
    private static byte[] overlong(String json) {
        int quote = json.indexOf(":\"");
        if (quote < 0) {
            return new byte[] { '{', '"', 'a', '"', ':', '"', 'a', (byte) 0xc0, (byte) 0xaf, 'b', '"', '}' };
        }
        byte[] before = json.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8);
        byte[] after = json.substring(quote + 2).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before);
        out.writeBytes(new byte[] { 'a', (byte) 0xc0, (byte) 0xaf, 'b' });
        out.writeBytes(after);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
