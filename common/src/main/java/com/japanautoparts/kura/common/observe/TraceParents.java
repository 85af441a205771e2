package com.japanautoparts.kura.common.observe;

import java.util.Map;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The current trace as a W3C {@code traceparent} to keep with work done later (the gateway's data-subject requests, whose
 * fan-out runs after the filing request has been answered), and that value back as the parent of the later spans.
 */
public final class TraceParents {

    private static final String TRACEPARENT = "traceparent";
    private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceParents() {
    }

    /** The current span's {@code traceparent}, or null outside a trace. */
    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** A context whose parent is the given {@code traceparent}; the root context when there is none or it is malformed. */
    public static Context context(String traceParent) {
        if (traceParent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), Map.of(TRACEPARENT, traceParent), GETTER);
    }
}
