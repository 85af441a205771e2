package com.japanautoparts.kura.common.observe;

import java.util.concurrent.TimeUnit;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.logging.Log;

/**
 * With {@code kura.tracing.log-spans=true} (the end-to-end stack of {@code bin/test}; never needed where a collector
 * receives the traces), every finished span is also one log line: {@code span trace=<trace id> span=<span id>
 * parent=<parent span id> kind=SERVER name="POST /internal/subjects/{customerId}/erase" path=... status=200 ms=12}.
 * Only ids of the trace, the template name and the path {@link SpanWithoutIds} left; never an attribute value beyond
 * those. Off, it costs nothing: the SDK does not call it.
 */
public final class SpanLog implements SpanProcessor {

    private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
    private static final AttributeKey<String> PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");

    private final boolean enabled;

    public SpanLog(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        // Nothing: a span is logged when it ends.
    }

    @Override
    public boolean isStartRequired() {
        return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        SpanData data = span.toSpanData();
        String path = data.getAttributes().get(ROUTE);
        if (path == null) {
            path = data.getAttributes().get(PATH);
        }
        Long status = data.getAttributes().get(STATUS);
        Log.infof("span trace=%s span=%s parent=%s kind=%s name=\"%s\" path=%s status=%s ms=%d",
                data.getTraceId(), data.getSpanId(),
                data.getParentSpanContext().isValid() ? data.getParentSpanId() : "-",
                data.getKind(), data.getName(), path == null ? "-" : path,
                status == null ? data.getStatus().getStatusCode() : status,
                TimeUnit.NANOSECONDS.toMillis(data.getEndEpochNanos() - data.getStartEpochNanos()));
    }

    @Override
    public boolean isEndRequired() {
        return enabled;
    }
}
