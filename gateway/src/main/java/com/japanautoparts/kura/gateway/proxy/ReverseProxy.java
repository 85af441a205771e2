package com.japanautoparts.kura.gateway.proxy;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.URI;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.common.input.InputProblems;
import com.japanautoparts.kura.common.input.JsonScreen;
import com.japanautoparts.kura.common.input.RequestTargets;
import com.japanautoparts.kura.common.input.Refusal;
import com.japanautoparts.kura.common.problem.Problem;
import com.japanautoparts.kura.common.problem.ProblemTypes;
import com.japanautoparts.kura.common.problem.VertxProblems;
import com.japanautoparts.kura.gateway.config.GatewayConfig;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.StreamResetException;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;

/**
 * Sends {@code /api/<route>/**} to the route's service as {@code /<route>/**}, and the privacy officer's
 * {@code /api/retention/<service>/**} to that service's {@code /internal/retention/**}, and the browser pages
 * ({@code /}, {@code /privacy/**}, {@code /console/**}, ...) to the web module unchanged, streaming both ways with
 * Vert.x HTTP Proxy (which drops hop-by-hop headers and passes the rest, Authorization included, unchanged).
 * The path passed on is the normalized one the route matched (no dot segments; an encoded slash is refused), so no
 * route reaches beyond its target path. The token is validated before this runs (quarkus-oidc, HTTP permissions on
 * the route paths).
 * A body is read whole (up to the route's limit, else 413) and screened before anything is sent on, with
 * kura-common's {@link JsonScreen}, the screen every service runs too: not well-formed UTF-8 or a control character
 * in a JSON string is a 400, a card number anywhere (any content type) a 422, each a problem naming the field; the
 * path and query string are kura-common's HttpEdge's before routing. Nothing refused reaches a service or a log.
 * A service that cannot be reached answers 503 problem+json within the connect timeout; one that stays
 * silent answers 504 after the idle timeout.
 */
@Singleton
public class ReverseProxy {

    static final String PREFIX = "/api";
    static final String RETENTION = PREFIX + "/retention/";
    static final String INTERNAL_RETENTION = "/internal/retention";
    /** The request-context key Quarkus's HTTP metrics take an endpoint's path template from. */
    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";
    static final String ROOT = "/";
    private static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";
    private static final Pattern ENCODED_SEPARATOR = Pattern.compile("%(2f|5c)", Pattern.CASE_INSENSITIVE);

    /**
     * One proxied path: {@code <path>/**} goes to {@code <target origin><targetPath>/**}.
     *
     * @param service the name shown in problems ("the contacts service is unavailable")
     * @param stripsPrefix whether the target path is the path without {@code /api} (then {@code X-Forwarded-Prefix: /api})
     * @param browser whether browsers load it directly (the web pages): then {@code X-Forwarded-Host} (set by Vert.x
     *        HTTP Proxy) and {@code X-Forwarded-Proto} tell the web module the address the browser used, for its login
     *        redirects
     */
    public record Route(String path, String service, URI target, String targetPath, boolean stripsPrefix, boolean browser) {

        /** The service's origin (scheme, host and port). */
        public String origin() {
            return target.getScheme() + "://" + target.getAuthority();
        }

        /** The origin of the service's management interface (its OpenAPI document, health, metrics): port + offset. */
        public String managementOrigin(int portOffset) {
            int port = target.getPort() > 0 ? target.getPort() : 80;
            return target.getScheme() + "://" + target.getHost() + ":" + (port + portOffset);
        }
    }

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final BodyLimit limits;
    private final HttpClient client;

    public ReverseProxy(GatewayConfig config, ObjectMapper json, BodyLimit limits, Vertx vertx) {
        this.config = config;
        this.json = json;
        this.limits = limits;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.proxy().connectTimeout().toMillis())
                .setKeepAlive(true), new PoolOptions().setHttp1MaxSize(50));
    }

    /**
     * The configured routes: {@code gateway.routes.<name>} ({@code /api/<name>/**} to {@code /<name>/**}), then
     * {@code gateway.retention.services.<name>} ({@code /api/retention/<name>/**} to {@code /internal/retention/**}).
     * A name without a URL is not served.
     */
    public List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        new TreeMap<>(config.routes()).forEach((name, url) -> {
            if (!url.isBlank()) {
                URI target = URI.create(url);
                routes.add(new Route(PREFIX + "/" + name, name, target, basePath(target) + "/" + name, true, false));
            }
        });
        new TreeMap<>(config.retention().services()).forEach((name, url) -> {
            if (!url.isBlank() && !GatewayConfig.Retention.GATEWAY.equals(name)) {
                URI target = URI.create(url);
                routes.add(new Route(RETENTION + name, name, target, basePath(target) + INTERNAL_RETENTION, false, false));
            }
        });
        return routes;
    }

    /** The browser pages ({@code gateway.web.paths}) to the web module, paths unchanged; none when its URL is empty. */
    public List<Route> webRoutes() {
        List<Route> routes = new ArrayList<>();
        String url = config.web().url();
        if (!url.isBlank()) {
            URI target = URI.create(url);
            for (String path : config.web().paths()) {
                String prefix = path.equals(ROOT) ? ROOT : path.replaceAll("/+$", "");
                routes.add(new Route(prefix, "web", target, basePath(target) + prefix, false, true));
            }
        }
        return routes;
    }

    void register(@Observes Router router) {
        for (Route route : routes()) {
            router.route(route.path() + "/*").handler(ctx -> forward(ctx, route));
            Log.infof("Route %s/** -> %s%s/**", route.path(), route.origin(), route.targetPath());
        }
        for (Route route : webRoutes()) {
            // The start page alone, or a prefix with everything below it.
            router.route(route.path().equals(ROOT) ? ROOT : route.path() + "/*").handler(ctx -> forward(ctx, route));
            Log.infof("Route %s -> %s%s (pages)", route.path(), route.origin(), route.targetPath());
        }
    }

    /**
     * The path template this route's requests are counted under in the HTTP metrics ({@code /api/consents/{rest}}): the
     * rest of the path can name a customer or an order, and metrics never carry ids. Quarkus's metrics read it from the
     * request's context, where Quarkus REST puts its own endpoints' templates.
     */
    static String metricsTemplate(Route route) {
        return route.path().equals(ROOT) ? ROOT : route.path() + "/{rest}";
    }

    void close(@Observes ShutdownEvent event) {
        client.close();
    }

    private void forward(RoutingContext ctx, Route route) {
        Vertx.currentContext().putLocal(URL_PATH_TEMPLATE, metricsTemplate(route));
        String path = ctx.normalizedPath();
        if (ENCODED_SEPARATOR.matcher(path).find()) {
            // A service may decode it into a separator after routing: it could then reach beyond the route's target.
            problem(json, ctx, 400, "Bad Request", ProblemTypes.VALIDATION, "Encoded slashes and backslashes are not allowed in the path", null);
            return;
        }
        HttpServerRequest incoming = ctx.request();
        if (!hasBody(incoming)) {
            send(ctx, route, path, null);
            return;
        }
        long limit = limits.limitFor(path);
        Buffer body = Buffer.buffer();
        boolean[] refused = { false };
        incoming.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + chunk.length() > limit) {
                refused[0] = true;
                BodyLimit.tooLarge(json, ctx);
                return;
            }
            body.appendBuffer(chunk);
        });
        incoming.exceptionHandler(failure -> refused[0] = true);
        incoming.endHandler(end -> {
            if (refused[0]) {
                return;
            }
            String contentType = mediaType(incoming.getHeader(HttpHeaders.CONTENT_TYPE));
            Optional<Refusal> refusal = contentType.endsWith("/json") || contentType.endsWith("+json")
                    ? JsonScreen.screen(body.getBytes())
                    : contentType.equals("application/x-www-form-urlencoded")
                            ? RequestTargets.screenForm(body.toString(StandardCharsets.ISO_8859_1))
                            : JsonScreen.screenText(body.toString(StandardCharsets.UTF_8));
            if (refusal.isPresent()) {
                Log.debugf("Refused a request body for %s: %s in %s", route.service(), refusal.get().reason(), refusal.get().field());
                VertxProblems.send(json, ctx, InputProblems.of(refusal.get()));
                return;
            }
            send(ctx, route, path, body);
        });
        incoming.resume();
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null || (length != null && !"0".equals(length.trim()));
    }

    /** The media type alone, lower case ("" when none is given). */
    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    /** Sends the request on, with the body already read and screened (null: the request has none). */
    private void send(RoutingContext ctx, Route route, String path, Buffer body) {
        send(ctx, route, path, body, true);
    }

    /**
     * One attempt. A service may close a kept-alive connection just as the pool hands it to this request (after
     * answering an earlier request early, before reading its whole body, it closes the connection, and the kernel resets
     * it when unread bytes remain); the request then fails before any answer and is sent once more on a new
     * connection, as browsers do when a reused connection closes with no response. A service that went down meanwhile
     * refuses the new connection. A second loss, or any other failure, is the service's: 503/504.
     */
    private void send(RoutingContext ctx, Route route, String path, Buffer body, boolean mayResend) {
        String name = route.service();
        URI target = route.target();
        ProxyRequest request = ProxyRequest.reverseProxy(ctx.request());
        if (body != null) {
            request.setBody(Body.body(body));
        }
        String query = ctx.request().query();
        request.setURI(route.targetPath() + path.substring(route.path().length()) + (query == null ? "" : "?" + query));
        int port = target.getPort() > 0 ? target.getPort() : 80;
        request.setAuthority(HostAndPort.create(target.getHost(), port));
        if (route.stripsPrefix()) {
            request.headers().set("X-Forwarded-Prefix", PREFIX);
        }
        if (route.browser() && !request.headers().contains(X_FORWARDED_PROTO)) {
            // Vert.x HTTP Proxy sets X-Forwarded-Host to the Host the browser used; behind an Ingress the scheme arrives
            // set already and passes on unchanged.
            request.headers().set(X_FORWARDED_PROTO, ctx.request().scheme());
        }
        RequestOptions options = new RequestOptions()
                .setHost(target.getHost())
                .setPort(port)
                .setConnectTimeout(config.proxy().connectTimeout().toMillis())
                .setIdleTimeout(config.proxy().idleTimeout().toMillis());
        client.request(options)
                .compose(request::send)
                .compose(response -> response.send())
                .onFailure(failure -> {
                    request.release();
                    if (ctx.response().headWritten()) {
                        ctx.response().reset();
                        return;
                    }
                    if (mayResend && connectionLost(failure)) {
                        Log.debugf("Route %s closed the connection before answering; sending once more", name);
                        send(ctx, route, path, body, false);
                        return;
                    }
                    boolean timedOut = failure instanceof TimeoutException
                            || failure.getClass().getSimpleName().contains("Timeout");
                    Log.warnf("Route %s unavailable: %s", name, failure.getClass().getSimpleName());
                    if (timedOut && !(failure instanceof ConnectException)
                            && !failure.getClass().getName().contains("Connect")) {
                        problem(json, ctx, 504, "Gateway Timeout", ProblemTypes.DEPENDENCY_UNAVAILABLE,
                                "The " + name + " service did not answer in time", "5");
                    } else {
                        problem(json, ctx, 503, "Service Unavailable", ProblemTypes.DEPENDENCY_UNAVAILABLE,
                                "The " + name + " service is unavailable; try again shortly", "5");
                    }
                });
    }

    /** The connection closed or was reset under the request: {@link HttpClosedException}, a stream reset, "Connection reset". */
    private static boolean connectionLost(Throwable failure) {
        return failure instanceof HttpClosedException || failure instanceof StreamResetException
                || failure instanceof SocketException && !(failure instanceof ConnectException);
    }

    private static String basePath(URI target) {
        String path = target.getPath();
        return path == null || path.equals("/") ? "" : path.replaceAll("/+$", "");
    }

    static void problem(ObjectMapper json, RoutingContext ctx, int status, String title, URI type, String detail, String retryAfter) {
        VertxProblems.send(json, ctx, new Problem(type, title, status, detail, null, List.of()),
                retryAfter == null ? Map.of() : Map.of(HttpHeaders.RETRY_AFTER.toString(), retryAfter));
    }
}
