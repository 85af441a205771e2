package com.japanautoparts.kura.common.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/** What an exporter receives: no customer id, query, address or user agent in any attribute set when a span starts. */
class SpanWithoutIdsTest {

    private static final String CUSTOMER = "7c0e2f4a-3d1b-4a8e-9c2f-1b5d6e7f8a90";

    @Test
    void anExporterNeverSeesIdsQueriesOrAddresses() {
        List<SpanData> exported = exported(tracer -> {
            tracer.spanBuilder("POST").setSpanKind(SpanKind.SERVER)
                    .setAttribute("url.path", "/internal/subjects/" + CUSTOMER + "/erase")
                    .setAttribute("url.query", "email=hanako@example.jp")
                    .setAttribute("client.address", "203.0.113.7")
                    .setAttribute("user_agent.original", "Mozilla/5.0 (hanako's phone)")
                    .setAttribute("http.request.method", "POST")
                    .startSpan().end();
            tracer.spanBuilder("GET").setSpanKind(SpanKind.CLIENT)
                    .setAttribute("url.full", "http://user:secret@127.0.0.1:8082/orders/me/4711?customer=" + CUSTOMER)
                    .startSpan().end();
        });

        Attributes server = exported.get(0).getAttributes();
        assertEquals("/internal/subjects/{id}/erase", server.get(AttributeKey.stringKey("url.path")));
        assertEquals(SpanWithoutIds.REDACTED, server.get(AttributeKey.stringKey("url.query")));
        assertEquals(SpanWithoutIds.REDACTED, server.get(AttributeKey.stringKey("client.address")));
        assertEquals(SpanWithoutIds.REDACTED, server.get(AttributeKey.stringKey("user_agent.original")));
        assertEquals("POST", server.get(AttributeKey.stringKey("http.request.method")));
        assertEquals("http://127.0.0.1:8082/orders/me/{id}",
                exported.get(1).getAttributes().get(AttributeKey.stringKey("url.full")));
        for (SpanData span : exported) {
            assertFalse(span.getAttributes().toString().contains(CUSTOMER), span.getAttributes().toString());
            assertFalse(span.getAttributes().toString().contains("hanako"), span.getAttributes().toString());
            assertFalse(span.getAttributes().toString().contains("secret"), span.getAttributes().toString());
        }
    }

    @Test
    void theSpanLogLineNamesTheTraceTheTemplateAndThePathWithoutIds() {
        SpanData span = exported(tracer -> tracer.spanBuilder("POST /internal/subjects/{customerId}/erase")
                .setSpanKind(SpanKind.SERVER)
                .setAttribute("url.path", "/internal/subjects/" + CUSTOMER + "/erase")
                .setAttribute(AttributeKey.longKey("http.response.status_code"), 200L)
                .startSpan().end()).get(0);
        String line = SpanLog.line(span);
        assertEquals("span trace=" + span.getTraceId() + " span=" + span.getSpanId()
                + " parent=- kind=SERVER name=\"POST /internal/subjects/{customerId}/erase\" path=/internal/subjects/{id}/erase"
                + " status=200 ms=" + line.substring(line.lastIndexOf('=') + 1), line);
    }

    @Test
    void pathsKeepTheirWordsAndLoseEverythingElse() {
        assertEquals("/api/contacts/me", SpanWithoutIds.withoutIds("/api/contacts/me"));
        assertEquals("/api/consents/eligibility/{id}/specials",
                SpanWithoutIds.withoutIds("/api/consents/eligibility/" + CUSTOMER + "/specials"));
        assertEquals("/contacts/lookup/{id}", SpanWithoutIds.withoutIds("/contacts/lookup/hanako@example.jp"));
        assertEquals("/contacts/{id}", SpanWithoutIds.withoutIds("/contacts/%E8%8A%B1%E5%AD%90"));
        assertEquals("/contacts/{id}", SpanWithoutIds.withoutIds("/contacts/Hanako"));
        assertEquals("/", SpanWithoutIds.withoutIds("/"));
        assertEquals("/orders/{id}/transitions", SpanWithoutIds.withoutIds("/orders/4711/transitions?x=1"));
    }

    /** The spans the tracer made, as an exporter behind SpanWithoutIds receives them. */
    private static List<SpanData> exported(Consumer<Tracer> spans) {
        List<SpanData> exported = new ArrayList<>();
        try (SdkTracerProvider provider = SdkTracerProvider.builder()
                .addSpanProcessor(new SpanWithoutIds())
                .addSpanProcessor(SimpleSpanProcessor.create(collecting(exported)))
                .build()) {
            spans.accept(provider.get("test"));
        }
        return exported;
    }

    private static SpanExporter collecting(List<SpanData> into) {
        return new SpanExporter() {
            @Override
            public CompletableResultCode export(Collection<SpanData> spans) {
                into.addAll(spans);
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode flush() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode shutdown() {
                return CompletableResultCode.ofSuccess();
            }
        };
    }
}
