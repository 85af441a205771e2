package com.japanautoparts.kura.contact.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.contact.api.AccessAnomalyDto;
import com.japanautoparts.kura.contact.api.AccessDto;
import com.japanautoparts.kura.contact.config.ContactConfig;
import com.japanautoparts.kura.contact.domain.ContactAccess;
import com.japanautoparts.kura.contact.domain.Customer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The access log: who, other than the customer, read a customer's contact data, when, why, and which categories (never
 * values). Cheap on the request path: a read is put on a bounded in-memory queue before the data leaves, and a scheduled
 * job writes the queue in batches, each in one short transaction. A full queue refuses the read (503 with Retry-After):
 * no contact data leaves without its record. A queued read is lost only if the process dies before the next write (at
 * most {@code contact.access-log.flush-every}); an orderly shutdown writes the queue first. A batch the database refuses
 * goes back on the queue for the next run, as far as there is room (what does not fit is counted as lost and logged).
 */
@ApplicationScoped
public class AccessLog {

    /**
     * Why a reader read the data: the storefront's checkout and look-up, an access request's export, and a correction passed
     * on to payment-service for the customer's orders not yet shipped.
     */
    public static final String CHECKOUT = "checkout";
    public static final String CORRECTION = "correction";
    public static final String LOOKUP = "lookup";
    public static final String ACCESS_REQUEST = "access-request";

    /**
     * What disclosure-service may say it reads for: {@code staff}, {@code case:<id>}, or {@code notice:<id>} (a recipient
     * reading the corrected values of a correction notice).
     */
    private static final Pattern ON_BEHALF_OF = Pattern.compile("^(staff|case:[0-9]{1,18}|notice:[0-9]{1,18})$");
    private static final int CUSTOMER_VIEW_LIMIT = 500;

    /** Who reads: the client they authenticated as, and for disclosure-service whom it reads for. */
    public record Reader(String name, String onBehalfOf) {

        /** The caller as a reader: its client (azp), or its subject where the token names no client. */
        public static Reader of(Caller caller) {
            return new Reader(caller.claim("azp").orElseGet(caller::subject), null);
        }

        /** The caller reading for someone; a value that is not {@code staff} or {@code case:<id>} is a 400. */
        public static Reader of(Caller caller, String onBehalfOf) {
            if (onBehalfOf != null && !ON_BEHALF_OF.matcher(onBehalfOf).matches()) {
                throw ProblemException.badRequest("Header 'X-Kura-On-Behalf-Of' must be 'staff', 'case:<id>' or 'notice:<id>'");
            }
            return new Reader(of(caller).name(), onBehalfOf);
        }
    }

    private record Read(String customerId, Instant at, Reader reader, String purpose, String dataItems) {
    }

    private final BlockingQueue<Read> queue;
    private final ContactConfig.AccessLog config;
    private final Clock clock;
    private final DataSource dataSource;
    private final Counter refused;
    private final Counter lost;

    public AccessLog(ContactConfig config, Clock clock, DataSource dataSource, MeterRegistry registry) {
        this.config = config.accessLog();
        this.queue = new ArrayBlockingQueue<>(this.config.capacity());
        this.clock = clock;
        this.dataSource = dataSource;
        this.refused = registry.counter("kura.contact.access_log.refused");
        this.lost = registry.counter("kura.contact.access_log.lost");
        registry.gauge("kura.contact.access_log.queued", queue, BlockingQueue::size);
    }

    /**
     * Records a read before the data leaves. {@code customerId} null: a look-up that found nobody. When the queue is full
     * the read is refused with a 503 problem: better no answer than an unrecorded one.
     */
    public void record(String customerId, Reader reader, String purpose, Collection<DataCategory> items) {
        String keys = String.join(",", items.stream().sorted().map(DataCategory::key).toList());
        if (!queue.offer(new Read(customerId, Instant.now(clock), reader, purpose, keys))) {
            refused.increment();
            Log.warn("The contact access log is full: a read was refused");
            throw ProblemException.dependencyUnavailable("Reads of contact data are recorded first, and the record is full; "
                    + "try again shortly", config.retryAfterSeconds());
        }
    }

    @Scheduled(every = "${contact.access-log.flush-every:1s}", identity = "contact-access-log",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledFlush() {
        flush();
    }

    void onStop(@Observes ShutdownEvent event) {
        flush();
    }

    /** Writes what is queued, in batches; returns how many rows were written. Safe to call from several threads. */
    public synchronized int flush() {
        int written = 0;
        List<Read> batch = new ArrayList<>(config.batchSize());
        while (queue.drainTo(batch, config.batchSize()) > 0) {
            try {
                written += QuarkusTransaction.requiringNew().call(() -> write(batch));
            } catch (RuntimeException e) {
                Log.errorf("The contact access log could not be written (%s); %d reads wait for the next run",
                        e.getClass().getName(), batch.size());
                long requeued = batch.stream().filter(queue::offer).count();
                if (requeued < batch.size()) {
                    lost.increment(batch.size() - requeued);
                    Log.errorf("%d access-log records were lost: the queue is full", batch.size() - requeued);
                }
                return written;
            }
            batch.clear();
        }
        return written;
    }

    /**
     * Persists a batch, less the reads of customers erased meanwhile (their log went with them and must not come back).
     */
    private int write(List<Read> batch) {
        Set<String> named = new HashSet<>();
        batch.stream().map(Read::customerId).filter(id -> id != null).forEach(named::add);
        Set<String> present = new HashSet<>();
        if (!named.isEmpty()) {
            // A share lock: an erasure under way (which locks its customer first) is waited for, then skipped.
            List<?> subjects = Customer.getEntityManager()
                    .createNativeQuery("select subject from customer where subject in (:subjects) for share", String.class)
                    .setParameter("subjects", named).getResultList();
            subjects.stream().map(String.class::cast).forEach(present::add);
        }
        int written = 0;
        for (Read read : batch) {
            if (read.customerId() != null && !present.contains(read.customerId())) {
                continue;
            }
            ContactAccess row = new ContactAccess();
            row.customerId = read.customerId();
            row.at = read.at();
            row.reader = read.reader().name();
            row.onBehalfOf = read.reader().onBehalfOf();
            row.purpose = read.purpose();
            row.dataItems = read.dataItems();
            row.persist();
            written++;
        }
        return written;
    }

    /** The customer's access log, newest first (what has been written; a read is written within the flush interval). */
    public List<AccessDto> of(String customerId) {
        return QuarkusTransaction.joiningExisting().call(() -> ContactAccess.newestFor(customerId, CUSTOMER_VIEW_LIMIT))
                .stream().map(AccessLog::dto).toList();
    }

    /**
     * One page of {@link #of}, for the access export: at most {@code max} of the customer's newest reads from the {@code
     * first}, never beyond the same limit. In the caller's transaction.
     */
    public List<AccessDto> page(String customerId, int first, int max) {
        int count = Math.min(max, CUSTOMER_VIEW_LIMIT - first);
        return count <= 0 ? List.of() : ContactAccess.newestFor(customerId, first, count).stream().map(AccessLog::dto).toList();
    }

    static AccessDto dto(ContactAccess row) {
        return new AccessDto(row.at, row.reader, row.onBehalfOf, row.purpose,
                row.dataItems.isEmpty() ? List.of() : Arrays.asList(row.dataItems.split(",")));
    }

    /** Reads per reader and hour over the last {@code hours}, newest hour first, busiest reader first. */
    public List<AccessAnomalyDto> anomalies(int hours) {
        Instant since = Instant.now(clock).truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(hours - 1L));
        String sql = """
                select date_trunc('hour', at at time zone 'UTC') at time zone 'UTC', reader, count(*), count(distinct customer_id),
                       count(*) filter (where customer_id is null)
                  from contact_access where at >= ? group by 1, 2 order by 1 desc, 3 desc, 2""";
        List<AccessAnomalyDto> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, since.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long reads = rs.getLong(3);
                    long misses = rs.getLong(5);
                    rows.add(new AccessAnomalyDto(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2), reads,
                            rs.getLong(4), misses, reads > config.anomalyReadsPerHour() || misses > config.anomalyMissesPerHour()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the access log failed: SQL state " + e.getSQLState(), e);
        }
        return rows;
    }

    /** Deletes a customer's access log (their erasure); returns how many rows went. */
    static long erase(String customerId) {
        return ContactAccess.delete("customerId", customerId);
    }
}
