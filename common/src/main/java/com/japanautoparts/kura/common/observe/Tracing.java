package com.japanautoparts.kura.common.observe;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.quarkus.arc.Unremovable;
import io.quarkus.logging.Log;

/**
 * What quarkus-opentelemetry records, the same in every service. Every request gets a trace (its id in every log line,
 * {@code traceparent} passed on by the REST clients and the gateway's proxy), but spans are recorded only where they go
 * somewhere: an OTLP collector ({@code quarkus.otel.exporter.otlp.endpoint}, set in the Kubernetes overlays) or the log
 * ({@code kura.tracing.log-spans}, {@link SpanLog}). Without either, every span is a non-recording one: nothing is queued, nothing is
 * exported, no exporter is ever contacted. A service follows its caller's decision ({@code parentbased}), so one trace
 * is recorded everywhere or nowhere.
 */
@Singleton
public class Tracing {

    static final String ENDPOINT = "quarkus.otel.exporter.otlp.endpoint";
    static final String TRACES_ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";
    /**
     * quarkus-opentelemetry's own default, present when nothing is configured (it too treats it as "not set"): a
     * collector on this machine is named as {@code http://127.0.0.1:4317}.
     */
    static final String DEFAULT_ENDPOINT = "http://localhost:4317/";

    @Produces
    @Singleton
    @Unremovable
    Sampler sampler(Config config, TracingConfig tracing) {
        boolean collector = config.getOptionalValue(TRACES_ENDPOINT, String.class)
                .or(() -> config.getOptionalValue(ENDPOINT, String.class))
                .filter(endpoint -> !endpoint.isBlank() && !endpoint.equals(DEFAULT_ENDPOINT))
                .isPresent();
        boolean recorded = collector || tracing.logSpans();
        Log.infof("Traces recorded: %s (OTLP collector %s, spans in the log %s)", recorded,
                collector ? "configured" : "not configured", tracing.logSpans() ? "on" : "off");
        return recorded ? Sampler.parentBased(Sampler.alwaysOn()) : Sampler.alwaysOff();
    }

    @Produces
    @Singleton
    @Unremovable
    SpanProcessor withoutIds() {
        return new SpanWithoutIds();
    }
}
