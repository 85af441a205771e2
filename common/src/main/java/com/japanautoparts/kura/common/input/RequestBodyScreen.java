package com.japanautoparts.kura.common.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.problem.ProblemTypes;

import io.quarkus.logging.Log;

/**
 * Every JSON request body of every service passes {@link JsonScreen} before it is bound: not well-formed UTF-8, a
 * control character in a string, an unbounded number or deep nesting is a 400, a card number or security code
 * anywhere a 422, each naming the field. Nothing of a refused body is stored, logged or echoed. A body longer than
 * {@code kura.http.max-body-size} (64K; clickstream-service 512K) is a 413 problem, however it arrives (an announced
 * length is refused earlier, by {@link HttpEdge}).
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class RequestBodyScreen implements ReaderInterceptor {

    /** Looked up on first use: providers are created before runtime configuration is readable. */
    private final Instance<HttpEdgeConfig> config;
    private volatile int limit = -1;

    public RequestBodyScreen(Instance<HttpEdgeConfig> config) {
        this.config = config;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        int limit = limit();
        byte[] body = context.getInputStream().readNBytes(limit + 1);
        if (body.length > limit) {
            throw new ProblemException(ProblemTypes.ABOUT_BLANK, Response.Status.REQUEST_ENTITY_TOO_LARGE, "The request body is too large", List.of());
        }
        var refusal = JsonScreen.screen(body);
        if (refusal.isPresent()) {
            Log.infof("Refused a request body: %s in %s", refusal.get().reason(), refusal.get().field());
            throw InputProblems.of(refusal.get());
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private int limit() {
        if (limit < 0) {
            limit = (int) Math.min(config.get().maxBodySize().asLongValue(), Integer.MAX_VALUE - 1);
        }
        return limit;
    }

    /** application/json and every application/*+json (merge-patch+json, problem+json). */
    public static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }
}
