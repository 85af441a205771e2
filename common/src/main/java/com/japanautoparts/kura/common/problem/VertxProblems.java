package com.japanautoparts.kura.common.problem;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes a problem from below Quarkus REST (Vert.x filters, failure handlers, the gateway's proxy), the same
 * document {@link ProblemMappers} writes for resources.
 */
public final class VertxProblems {

    private VertxProblems() {
    }

    public static void send(ObjectMapper json, RoutingContext ctx, Problem problem, Map<String, String> headers) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            response.reset();
            return;
        }
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        headers.forEach(response::putHeader);
        if (problem.status() == 413 || problem.status() == 414 || problem.status() == 431) {
            // The rest of the request is not read: the connection cannot be reused.
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body);
    }

    public static void send(ObjectMapper json, RoutingContext ctx, ProblemException problem) {
        send(json, ctx, problem.toProblem(), problem.headers());
    }
}
