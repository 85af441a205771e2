package com.japanautoparts.kura.gateway;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A WireMock transformer that answers none of the calls it is given (stubs {@code withTransformers(Rendezvous.NAME)})
 * until the expected number of them has arrived: each answers only if every one of them was received before any was
 * answered, else (after {@link #PATIENCE_SECONDS}) 503. Proves calls overlap without measuring any time.
 */
final class Rendezvous implements ResponseDefinitionTransformerV2 {

    static final String NAME = "rendezvous";
    /** Shorter than the gateway's hook read timeout (15 s), so calls made one after another get a 503, not a timeout. */
    static final long PATIENCE_SECONDS = 10;

    private volatile CountDownLatch arrivals = new CountDownLatch(0);

    /** The next {@code calls} calls wait for each other. */
    void expect(int calls) {
        arrivals = new CountDownLatch(calls);
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        CountDownLatch latch = arrivals;
        latch.countDown();
        try {
            if (latch.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                return event.getResponseDefinition();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ResponseDefinitionBuilder.responseDefinition().withStatus(503).build();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
