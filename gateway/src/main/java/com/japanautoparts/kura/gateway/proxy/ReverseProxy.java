package com.japanautoparts.kura.gateway.proxy;

import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.common.problem.Problem;
import com.japanautoparts.kura.common.problem.ProblemTypes;
import com.japanautoparts.kura.gateway.config.GatewayConfig;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.ProxyRequest;

/**
 * Sends {@code /api/<route>/**} to the route's service as {@code /<route>/**}, streaming both ways with
 * Vert.x HTTP Proxy (which drops hop-by-hop headers and passes the rest, Authorization included, unchanged).
 * The token is validated before this runs (quarkus-oidc, HTTP permission on the route paths).
 * A service that cannot be reached answers 503 problem+json within the connect timeout; one that stays
 * silent answers 504 after the idle timeout.
 */
@Singleton
public class ReverseProxy {

    static final String PREFIX = "/api";

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final HttpClient client;

    public ReverseProxy(GatewayConfig config, ObjectMapper json, Vertx vertx) {
        this.config = config;
        this.json = json;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.proxy().connectTimeout().toMillis())
                .setKeepAlive(true), new PoolOptions().setHttp1MaxSize(50));
    }

    /** The configured routes, by name, with their target base URL. */
    public Map<String, URI> routes() {
        Map<String, URI> routes = new TreeMap<>();
        config.routes().forEach((name, url) -> {
            if (!url.isBlank()) {
                routes.put(name, URI.create(url));
            }
        });
        return routes;
    }

    void register(@Observes Router router) {
        routes().forEach((name, target) -> {
            router.route(PREFIX + "/" + name + "/*").handler(ctx -> forward(ctx, name, target));
            Log.infof("Route %s/%s/** -> %s/%s/**", PREFIX, name, target, name);
        });
    }

    void close(@Observes ShutdownEvent event) {
        client.close();
    }

    private void forward(RoutingContext ctx, String name, URI target) {
        ProxyRequest request = ProxyRequest.reverseProxy(ctx.request());
        request.setURI(ctx.request().uri().substring(PREFIX.length()));
        int port = target.getPort() > 0 ? target.getPort() : 80;
        request.setAuthority(HostAndPort.create(target.getHost(), port));
        request.headers().set("X-Forwarded-Prefix", PREFIX);
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

    static void problem(ObjectMapper json, RoutingContext ctx, int status, String title, URI type, String detail, String retryAfter) {
        Problem problem = new Problem(type, title, status, detail, null, List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        var response = ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (retryAfter != null) {
            response.putHeader(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        if (status == 413) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body);
    }
}
