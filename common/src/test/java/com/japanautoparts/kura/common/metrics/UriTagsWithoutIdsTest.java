package com.japanautoparts.kura.common.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Templates and plain words pass; anything that could be an id turns the uri tag into UNKNOWN. */
class UriTagsWithoutIdsTest {

    @Test
    void templatesAndPlainPathsPass() {
        for (String uri : new String[] {"/contacts/{customerId}/checkout", "/api/consents/{rest}", "/q/health/ready", "/api",
                "/api/retention/{service}/{operation: .*}", "NOT_FOUND", "root", "UNKNOWN", "/internal/retention/dry-run"}) {
            assertTrue(UriTagsWithoutIds.idFree(uri), uri);
        }
    }

    @Test
    void pathsWithIdsDoNot() {
        for (String uri : new String[] {"/api/consents/subjects/2e96477c-f5a6-4c42-81de-2aff84335135",
                "/contacts/lookup/hanako%40example.jp", "/contacts/hanako@example.jp", "/orders/42", "/api/contacts/山田",
                "/api/me/requests/7c0e2f4a-3d1b-4a8e-9c2f-1b5d6e7f8a90/export"}) {
            assertFalse(UriTagsWithoutIds.idFree(uri), uri);
        }
    }

    @Test
    void theFilterRewritesOnlyTheUriTag() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(new UriTagsWithoutIds().uriTagsWithoutIds());
        Counter.builder("http.server.requests").tag("uri", "/api/orders/42").tag("status", "200").register(registry).increment();
        Counter.builder("http.server.requests").tag("uri", "/orders/{id}").tag("status", "200").register(registry).increment();
        Meter.Id redacted = registry.find("http.server.requests").tag("uri", UriTagsWithoutIds.UNKNOWN).counter().getId();
        assertEquals("200", redacted.getTag("status"));
        assertEquals(1.0, registry.find("http.server.requests").tag("uri", "/orders/{id}").counter().count());
        assertTrue(registry.getMeters().stream().noneMatch(m -> "/api/orders/42".equals(m.getId().getTag("uri"))));
    }
}
