package com.japanautoparts.kura.contact.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.contact.config.ContactConfig;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The access log's queue is bounded: when it is full a read is refused (503, Retry-After), never left unrecorded. No Quarkus. */
class AccessLogQueueTest {

    @Test
    void aFullQueueRefusesTheReadAndCountsIt() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        AccessLog log = new AccessLog(config(2), Clock.systemUTC(), null, registry);
        AccessLog.Reader reader = new AccessLog.Reader("storefront", null);

        log.record("customer-1", reader, AccessLog.CHECKOUT, List.of(DataCategory.NAME));
        log.record("customer-2", reader, AccessLog.CHECKOUT, List.of(DataCategory.NAME));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> log.record("customer-3", reader, AccessLog.CHECKOUT, List.of(DataCategory.NAME)));

        assertEquals(503, refused.status().getStatusCode());
        assertEquals("7", refused.headers().get("Retry-After"));
        assertEquals(1.0, registry.counter("kura.contact.access_log.refused").count());
        assertEquals(2.0, registry.get("kura.contact.access_log.queued").gauge().value());
    }

    private static ContactConfig config(int capacity) {
        return new ContactConfig() {
            @Override
            public Encryption encryption() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Retention retention() {
                throw new UnsupportedOperationException();
            }

            @Override
            public EmailVerification emailVerification() {
                throw new UnsupportedOperationException();
            }

            @Override
            public ChangeReports changeReports() {
                throw new UnsupportedOperationException();
            }

            @Override
            public ContactConfig.AccessLog accessLog() {
                return new ContactConfig.AccessLog() {
                    @Override
                    public int capacity() {
                        return capacity;
                    }

                    @Override
                    public String flushEvery() {
                        return "1s";
                    }

                    @Override
                    public int batchSize() {
                        return 10;
                    }

                    @Override
                    public int retryAfterSeconds() {
                        return 7;
                    }

                    @Override
                    public long anomalyReadsPerHour() {
                        return 100;
                    }

                    @Override
                    public long anomalyMissesPerHour() {
                        return 10;
                    }
                };
            }
        };
    }
}
