package com.japanautoparts.kura.common.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import io.quarkus.logging.Log;

/**
 * Every JSON request body of every service passes {@link JsonScreen} before it is bound: not well-formed UTF-8, a
 * control character in a string, an unbounded number or deep nesting is a 400, a card number or security code
 * anywhere a 422, each naming the field. Nothing of a refused body is stored, logged or echoed. Bodies are already
 * capped by {@code quarkus.http.limits.max-body-size} (64K; clickstream-service 512K) when this reads them.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class RequestBodyScreen implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        var refusal = JsonScreen.screen(body);
        if (refusal.isPresent()) {
            Log.debugf("Refused a request body: %s in %s", refusal.get().reason(), refusal.get().field());
            throw InputProblems.of(refusal.get());
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** application/json and every application/*+json (merge-patch+json, problem+json). */
    public static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }
}
