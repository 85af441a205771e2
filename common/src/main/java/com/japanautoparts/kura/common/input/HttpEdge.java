package com.japanautoparts.kura.common.input;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.common.problem.Problem;
import com.japanautoparts.kura.common.problem.ProblemTypes;
import com.japanautoparts.kura.common.problem.VertxProblems;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;

/**
 * The edge every request of every service (and of the gateway) passes before routing, authentication and Quarkus
 * REST, answering what it refuses with an RFC 9457 problem like every other refusal:
 * <ul>
 * <li>a request line longer than {@code kura.http.max-request-line}: 414; headers beyond
 * {@code kura.http.max-header-bytes}: 431; a {@code Content-Length} above {@code kura.http.max-body-size}: 413 (a
 * chunked body is cut off at that size by {@link RequestBodyScreen} while it is read);</li>
 * <li>the path and query string: {@link RequestTargets} (400 for malformed escapes, invalid UTF-8 and control
 * characters such as {@code %00}; 422 for a card number);</li>
 * <li>every failure the HTTP layer ends with a bare 4xx status (the router's 400 for an unparseable path, the body
 * handler's 413): the same status as a problem document.</li>
 * </ul>
 * Nothing here logs or echoes what it refuses.
 */
@Singleton
public class HttpEdge {

    /** Ahead of the upload limit (Quarkus' route order -2 is priority 2 here) and of the gateway's body limit (900). */
    static final int LIMITS_PRIORITY = 990;
    static final int TARGET_PRIORITY = 980;

    private final ObjectMapper json;
    private final HttpEdgeConfig config;

    public HttpEdge(ObjectMapper json, HttpEdgeConfig config) {
        this.json = json;
        this.config = config;
    }

    void filters(@Observes Filters filters) {
        filters.register(this::limits, LIMITS_PRIORITY);
        filters.register(this::target, TARGET_PRIORITY);
    }

    void failures(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
        // A request the router cannot even match (an unparseable path such as /%u0041) reaches no route's failure
        // handler, only the router's error handler for its status.
        for (int status : new int[] { 400, 404, 405, 406, 413, 414, 415, 431 }) {
            router.errorHandler(status, this::failure);
        }
    }

    private void limits(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.method().name().length() + request.uri().length() + 10 > config.maxRequestLine()) {
            send(ctx, 414, "URI Too Long", "The request URI is longer than " + config.maxRequestLine() + " characters");
            return;
        }
        int headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > config.maxHeaderBytes()) {
            send(ctx, 431, "Request Header Fields Too Large", "The request headers are larger than " + config.maxHeaderBytes() + " bytes");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            String digits = length.trim();
            if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                send(ctx, 400, "Bad Request", "The Content-Length header is not a number");
                return;
            }
            if (digits.length() > 18 || Long.parseLong(digits) > config.maxBodySize().asLongValue()) {
                send(ctx, 413, "Content Too Large", "The request body is too large");
                return;
            }
        }
        ctx.next();
    }

    private void target(RoutingContext ctx) {
        Optional<Refusal> refusal = RequestTargets.screen(ctx.request().path(), ctx.request().query());
        if (refusal.isPresent()) {
            VertxProblems.send(json, ctx, InputProblems.of(refusal.get()));
            return;
        }
        ctx.next();
    }

    /**
     * A bare client-error status from the HTTP layer becomes a problem, and so does a target the router could not
     * even decode (Vert.x throws on {@code %u0041} while matching routes, before any filter runs); anything else goes
     * on to Quarkus.
     */
    private void failure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        Optional<Refusal> refusal = RequestTargets.screen(ctx.request().path(), ctx.request().query());
        if (refusal.isPresent()) {
            VertxProblems.send(json, ctx, InputProblems.of(refusal.get()));
            return;
        }
        Throwable failure = ctx.failure();
        int status = failure == null ? ctx.statusCode()
                : failure instanceof HttpException http ? http.getStatusCode()
                : failure instanceof IllegalArgumentException ? 400 : -1;
        if (status < 400 || status > 499) {
            ctx.next();
            return;
        }
        String title = HttpResponseStatus.valueOf(status).reasonPhrase();
        send(ctx, status, title, switch (status) {
            case 400 -> "The request is malformed";
            case 404 -> "No such resource";
            case 405 -> "Method not allowed on this resource";
            case 413 -> "The request body is too large";
            case 414 -> "The request URI is too long";
            case 415 -> "Unsupported content type";
            case 431 -> "The request headers are too large";
            default -> title;
        });
    }

    private void send(RoutingContext ctx, int status, String title, String detail) {
        VertxProblems.send(json, ctx, new Problem(status == 400 ? ProblemTypes.MALFORMED_BODY : ProblemTypes.ABOUT_BLANK,
                title, status, detail, null, List.of()), Map.of());
    }
}
