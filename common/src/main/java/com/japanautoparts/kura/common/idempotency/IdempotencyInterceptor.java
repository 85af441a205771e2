package com.japanautoparts.kura.common.idempotency;

import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.problem.ProblemTypes;

import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * {@link Idempotent} writes. Without an {@code Idempotency-Key} header the write runs as it always did. With one, in one
 * transaction that the service's {@code @Transactional} methods join: the key is taken (a duplicate still in flight: 409
 * with Retry-After), a first response recorded under it is replayed (same status and {@code Location},
 * {@code Idempotent-Replayed: true}, no body) when the body is the same and refused with 422 when it differs; else the
 * write runs and a 2xx response is recorded with it, so the write and its key commit together or not at all. A failure
 * (4xx, 503, anything) records nothing: the same key may be sent again. Keys belong to the caller (the token's subject)
 * and the endpoint. Runs after bean validation, so an invalid body never reaches the database.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    /** The draft's key is a structured-field string; its quotes are optional here. Printable ASCII, at most 255. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyKeys keys;
    private final HttpHeaders headers;
    private final UriInfo uriInfo;
    private final SecurityIdentity identity;
    private final TransactionManager transactions;
    private final ObjectMapper canonical;

    public IdempotencyInterceptor(IdempotencyKeys keys, HttpHeaders headers, UriInfo uriInfo, SecurityIdentity identity,
            TransactionManager transactions, ObjectMapper mapper) {
        this.keys = keys;
        this.headers = headers;
        this.uriInfo = uriInfo;
        this.identity = identity;
        this.transactions = transactions;
        this.canonical = mapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    @AroundInvoke
    Object once(InvocationContext context) throws Exception {
        String header = headers.getHeaderString(HEADER);
        if (header == null) {
            return context.proceed();
        }
        String key = keyOf(header);
        Method method = context.getMethod();
        if (method.getReturnType() != Response.class) {
            throw new IllegalStateException("@Idempotent needs a method that returns a Response: " + method);
        }
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            throw new IllegalStateException("@Idempotent opens its own transaction: " + method);
        }
        String caller = identity.getPrincipal().getName();
        String scope = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        Body body = bodyOf(context);
        transactions.begin();
        try {
            Response response = run(context, caller, scope, key, body);
            // A commit that fails is the write's failure: the transaction manager has ended it, nothing is recorded.
            transactions.commit();
            return response;
        } catch (Exception | Error e) {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.rollback();
            }
            throw e;
        }
    }

    private Response run(InvocationContext context, String caller, String scope, String key, Body body) throws Exception {
        if (!keys.lock(caller, scope, key)) {
            throw new ProblemException(ProblemTypes.CONFLICT, Response.Status.CONFLICT,
                    "A request with this Idempotency-Key is still being processed; retry shortly", Map.of("Retry-After", "1"));
        }
        Optional<IdempotencyRecord> first = keys.find(caller, scope, key);
        if (first.isPresent()) {
            if (!first.get().requestHash().equals(body.hash())) {
                throw ProblemException.unprocessable("This Idempotency-Key was used with a different request");
            }
            Log.debugf("Idempotent replay of %s", scope);
            Response.ResponseBuilder replay = Response.status(first.get().status()).header(REPLAYED, "true");
            if (first.get().location() != null) {
                replay.location(uriInfo.getBaseUri().resolve(first.get().location()));
            }
            return replay.build();
        }
        Response response = (Response) context.proceed();
        if (response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL) {
            URI location = response.getLocation();
            keys.save(caller, scope, key, body.subject(),
                    new IdempotencyRecord(body.hash(), response.getStatus(), location == null ? null : location.getRawPath()));
        }
        return response;
    }

    private static String keyOf(String header) {
        String key = header.trim();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.badRequest("Idempotency-Key must be 1 to 255 printable ASCII characters");
        }
        return key;
    }

    /** The request's hash (its parameters as canonical JSON: the same body hashes the same) and the subject it names. */
    private Body bodyOf(InvocationContext context) throws NoSuchAlgorithmException, JsonProcessingException {
        Class<?>[] types = context.getMethod().getParameterTypes();
        Map<String, JsonNode> request = new LinkedHashMap<>();
        String subjectField = context.getMethod().getAnnotation(Idempotent.class) == null ? ""
                : context.getMethod().getAnnotation(Idempotent.class).subject();
        String subject = null;
        for (int i = 0; i < types.length; i++) {
            if (types[i].getPackageName().startsWith("jakarta.ws.rs")) {
                continue; // UriInfo and the like: the request's context, not its content
            }
            JsonNode value = canonical.valueToTree(context.getParameters()[i]);
            request.put(Integer.toString(i), value);
            if (subject == null && !subjectField.isEmpty() && value != null && value.path(subjectField).isTextual()) {
                subject = value.path(subjectField).asText();
            }
        }
        byte[] json = canonical.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
        return new Body(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json)), subject);
    }

    private record Body(String hash, String subject) {
    }
}
