package com.japanautoparts.kura.common.observe;

import java.util.Collection;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupIfProperty;
import io.quarkus.logging.Log;

/**
 * With {@code kura.tracing.log-spans=true} (the end-to-end stack of {@code bin/test}), the exporter of every finished
 * span is the log, one line each: {@code span trace=<trace id> span=<span id> parent=<parent span id> kind=SERVER
 * name="POST /internal/subjects/{customerId}/erase" path=... status=200 ms=12}. Only the trace's ids, the template name
 * and what {@link SpanWithoutIds} left of the path. Being a CDI exporter, it replaces the OTLP exporter while it is on
 * (quarkus-opentelemetry builds that only when no other exporter is present): the stack then contacts no collector.
 * Off, it is not looked up at all.
 */
@Singleton
@Unremovable
@LookupIfProperty(name = "kura.tracing.log-spans", stringValue = "true")
public class SpanLog implements SpanExporter {

    private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
    private static final AttributeKey<String> PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        for (SpanData span : spans) {
            Log.info(line(span));
        }
        return CompletableResultCode.ofSuccess();
    }

    static String line(SpanData span) {
        String path = span.getAttributes().get(ROUTE);
        if (path == null) {
            path = span.getAttributes().get(PATH);
        }
        Long status = span.getAttributes().get(STATUS);
        return String.format("span trace=%s span=%s parent=%s kind=%s name=\"%s\" path=%s status=%s ms=%d",
                span.getTraceId(), span.getSpanId(),
                span.getParentSpanContext().isValid() ? span.getParentSpanId() : "-",
                span.getKind(), span.getName(), path == null ? "-" : path,
                status == null ? span.getStatus().getStatusCode() : status,
                TimeUnit.NANOSECONDS.toMillis(span.getEndEpochNanos() - span.getStartEpochNanos()));
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
