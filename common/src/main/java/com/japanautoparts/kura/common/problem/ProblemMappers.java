package com.japanautoparts.kura.common.problem;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.japanautoparts.kura.common.client.UpstreamRefusal;

import io.quarkus.logging.Log;

/**
 * Turns every failure into an RFC 9457 problem response. Details name fields, never the
 * values sent, so nothing the caller typed (possibly personal data) is echoed or logged.
 */
public class ProblemMappers {

    /**
     * Seconds a caller is told to wait (Retry-After) when the database or another dependency is unavailable
     * ({@code kura.dependencies.retry-after-seconds}, 2: about what a PostgreSQL restart or a breaker's half-open delay
     * takes). Read when needed: services extend this class with a no-argument constructor.
     */
    private static int retryAfterSeconds() {
        return ConfigProvider.getConfig().getOptionalValue("kura.dependencies.retry-after-seconds", Integer.class).orElse(2);
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response.ResponseBuilder response = respond(e.toProblem());
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(new Problem(ProblemTypes.VALIDATION, "Bad Request", 400,
                "The request has invalid fields: " + String.join(", ", errors.stream().map(Problem.FieldError::field).toList()),
                null, errors)).build();
    }

    /** Named on its own: quarkus-rest-jackson registers a plain-JSON mapper for this type. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        String detail;
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        if (e instanceof UnrecognizedPropertyException unknown) {
            detail = "Unknown field '" + (field.isEmpty() ? unknown.getPropertyName() : field) + "'";
        } else if (!field.isEmpty()) {
            detail = "Field '" + field + "' has the wrong type or format";
        } else {
            detail = "The request body is not valid JSON";
        }
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, detail));
        return respond(new Problem(ProblemTypes.MALFORMED_BODY, "Bad Request", 400, detail, null, errors)).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 404 -> "No such resource";
            case 405 -> "Method not allowed on this resource";
            case 406 -> "No acceptable representation";
            case 413 -> "The request body is too large";
            case 415 -> "Unsupported content type";
            default -> status.getReasonPhrase();
        };
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json);
        }
        return respond(Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail)).build();
    }

    /** Another service refused this one's call (4xx): not the caller's fault, not an outage either. */
    @ServerExceptionMapper
    public Response refused(UpstreamRefusal e) {
        Log.warnf("%s", e.getMessage());
        return respond(Problem.of(502, "Bad Gateway", "A service this one depends on refused the request")).build();
    }

    /**
     * Anything else: a dependency's failure (the database restarting, out of connections, a commit that could not reach
     * it, a service or the identity provider not answering) is 503 with Retry-After, the request may be sent again; the
     * rest is 500.
     */
    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        return unexpectedFailure(e);
    }

    /** A transaction's commit that failed (checked exceptions of JTA): the same rule, decided by what caused it. */
    @ServerExceptionMapper({ RollbackException.class, HeuristicMixedException.class, HeuristicRollbackException.class,
            SystemException.class })
    public Response commitFailed(Exception e) {
        return unexpectedFailure(e);
    }

    private static Response unexpectedFailure(Exception e) {
        if (isConcurrentWrite(e)) {
            // The transaction was rolled back: this request changed nothing, and asking again may well succeed.
            Log.infof("Concurrent write refused (%s)", e.getClass().getName());
            return respond(Problem.of(409, "Conflict",
                    "A concurrent request changed the same data; nothing was changed by this one, try again")).build();
        }
        if (DependencyFailures.isUnavailable(e)) {
            Log.warnf("A dependency is unavailable (%s): 503", e.getClass().getName());
            return respond(new Problem(ProblemTypes.DEPENDENCY_UNAVAILABLE, "Service Unavailable", 503,
                    "A service this one depends on is unavailable; try again shortly (with the same Idempotency-Key, where the endpoint takes one)", null, List.of()))
                    .header("Retry-After", Integer.toString(retryAfterSeconds())).build();
        }
        // Only the type reaches the log: messages of persistence errors can quote stored values.
        Log.errorf("Unhandled %s", e.getClass().getName());
        Log.debug("Unhandled failure", e);
        return respond(Problem.of(500, "Internal Server Error", "An unexpected error occurred")).build();
    }

    /** Exceptions (by name: kura-common does not depend on JPA) that say a concurrent transaction got there first. */
    private static final Set<String> CONCURRENT_WRITE = Set.of("jakarta.persistence.OptimisticLockException",
            "org.hibernate.StaleStateException", "org.hibernate.StaleObjectStateException");
    /** SQL states of the same: unique violation, serialization failure, deadlock. */
    private static final Set<String> CONCURRENT_WRITE_STATES = Set.of("23505", "40001", "40P01");

    /**
     * Whether a failure (at commit, typically) is a write that lost a race to a concurrent one: two updates of the same
     * row, or two inserts of the same unique key. A 409, not a 500: the request was fine, the timing was not.
     */
    static boolean isConcurrentWrite(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (CONCURRENT_WRITE.contains(cause.getClass().getName())
                    || (cause instanceof SQLException sql && CONCURRENT_WRITE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static Response.ResponseBuilder respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    /**
     * The body field's path ({@code lines[0].name}), or the parameter's name for a path or query parameter (a text or
     * number that broke a constraint; a missing body is "body").
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            // Skip the resource method and parameter nodes: the caller knows only the body's fields.
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.isEmpty()) {
            Object value = violation.getInvalidValue();
            boolean scalar = value instanceof CharSequence || value instanceof Number;
            return scalar && parameter != null && !parameter.startsWith("arg") ? parameter : "body";
        }
        return field.toString();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
