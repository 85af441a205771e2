package com.japanautoparts.kura.common.observe;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Kura's own tracing settings; the collector is quarkus-opentelemetry's {@code quarkus.otel.exporter.otlp.endpoint}. */
@ConfigMapping(prefix = "kura.tracing")
public interface TracingConfig {

    /** Every finished span as one log line ({@link SpanLog}) instead of the OTLP collector: bin/test's stack reads traces there. */
    @WithDefault("false")
    boolean logSpans();
}
