package com.japanautoparts.kura.common.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

/**
 * Thrown by services for an outcome the caller must see as a problem response.
 * The detail is shown to the caller: never put personal data in it.
 */
public class ProblemException extends RuntimeException {

    private final URI type;
    private final Response.StatusType status;
    private final transient Map<String, String> headers;
    private final transient List<Problem.FieldError> errors;

    public ProblemException(URI type, Response.StatusType status, String detail, Map<String, String> headers) {
        this(type, status, detail, headers, List.of());
    }

    /** A problem naming the offending fields (never their values). */
    public ProblemException(URI type, Response.StatusType status, String detail, List<Problem.FieldError> errors) {
        this(type, status, detail, Map.of(), errors);
    }

    private ProblemException(URI type, Response.StatusType status, String detail, Map<String, String> headers,
            List<Problem.FieldError> errors) {
        // No stack trace: a problem is an answer to the caller, not a failure to diagnose.
        super(detail, null, false, false);
        this.type = type;
        this.status = status;
        this.headers = Map.copyOf(headers);
        this.errors = List.copyOf(errors);
    }

    public ProblemException(URI type, Response.StatusType status, String detail) {
        this(type, status, detail, Map.of());
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(ProblemTypes.VALIDATION, Response.Status.BAD_REQUEST, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemTypes.CONFLICT, Response.Status.CONFLICT, detail);
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(ProblemTypes.UNPROCESSABLE, UNPROCESSABLE_ENTITY, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemTypes.ABOUT_BLANK, Response.Status.FORBIDDEN, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemTypes.ABOUT_BLANK, Response.Status.NOT_FOUND, detail);
    }

    /** The caller asked too often; it may ask again after the given seconds. */
    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ProblemException(ProblemTypes.ABOUT_BLANK, Response.Status.TOO_MANY_REQUESTS, detail,
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** A service this one depends on is down; the caller may retry after the given seconds. */
    public static ProblemException dependencyUnavailable(String detail, int retryAfterSeconds) {
        return new ProblemException(ProblemTypes.DEPENDENCY_UNAVAILABLE, Response.Status.SERVICE_UNAVAILABLE, detail,
                Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    public URI type() {
        return type;
    }

    public Response.StatusType status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** The problem document this exception answers with. */
    public Problem toProblem() {
        return new Problem(type, status.getReasonPhrase(), status.getStatusCode(), getMessage(), null, errors);
    }

    /** 422 is not in {@link Response.Status}. */
    public static final Response.StatusType UNPROCESSABLE_ENTITY = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };
}
