package com.japanautoparts.kura.contact.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.contact.client.ChangeReportBody;
import com.japanautoparts.kura.contact.client.DisclosureNotices;
import com.japanautoparts.kura.contact.config.ContactConfig;
import com.japanautoparts.kura.contact.domain.ChangeReport;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Corrections and erasures passed on (GDPR Art. 19): each is written to the outbox ({@code change_report}) in the
 * transaction that changed the data, then sent to disclosure-service, which records a notice for every recipient that
 * received the changed categories. A report is deleted only once disclosure-service has taken it; a failed send is
 * tried again with a growing wait, so no notice is lost while disclosure-service is down. No transaction is open during
 * a call.
 */
@ApplicationScoped
public class ChangeReports {

    public static final String CORRECTION = "correction";
    public static final String ERASURE = "erasure";

    /** The column the customer id is encrypted for. */
    private static final String SUBJECT = "change_report.subject";

    private final DisclosureNotices notices;
    private final ContactConfig.ChangeReports config;
    private final Clock clock;

    private final ContactMapper mapper;

    public ChangeReports(DisclosureNotices notices, ContactConfig config, Clock clock, ContactMapper mapper) {
        this.mapper = mapper;
        this.notices = notices;
        this.config = config.changeReports();
        this.clock = clock;
    }

    /** Queues a report in the caller's transaction; nothing for no categories. */
    @Transactional(Transactional.TxType.MANDATORY)
    void queue(String subject, String kind, Collection<DataCategory> categories) {
        if (categories.isEmpty()) {
            return;
        }
        ChangeReport report = new ChangeReport();
        report.eventId = UUID.randomUUID().toString();
        report.subject = mapper.seal(SUBJECT, subject);
        report.kind = kind;
        report.items = String.join("\n", categories.stream().map(DataCategory::key).toList());
        report.changedAt = Instant.now(clock);
        report.nextAttemptAt = report.changedAt;
        report.persist();
    }

    @Scheduled(every = "${contact.change-reports.send-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "change-reports")
    void scheduled() {
        sendDue();
    }

    /** Sends the reports that are due; returns how many disclosure-service took. */
    public int sendDue() {
        List<ChangeReport> due = QuarkusTransaction.requiringNew()
                .call(() -> ChangeReport.due(Instant.now(clock), config.batchSize()));
        int sent = 0;
        for (ChangeReport report : due) {
            try {
                notices.report(new ChangeReportBody(report.eventId, mapper.open(SUBJECT, report.subject), report.kind, report.itemList(),
                        report.changedAt));
                QuarkusTransaction.requiringNew().run(() -> ChangeReport.deleteById(report.id));
                sent++;
            } catch (RuntimeException e) {
                Log.warnf("disclosure-service did not take change report %d (%s); it stays queued", report.id,
                        e.getClass().getSimpleName());
                QuarkusTransaction.requiringNew().run(() -> postpone(report.id));
            }
        }
        return sent;
    }

    /** How many reports wait (for the officer and the tests). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long queued() {
        return ChangeReport.count();
    }

    private void postpone(Long id) {
        ChangeReport report = ChangeReport.findById(id);
        if (report == null) {
            return;
        }
        report.attempts++;
        Duration wait = config.backoff().multipliedBy(1L << Math.min(report.attempts - 1, 16));
        report.nextAttemptAt = Instant.now(clock).plus(wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait);
    }
}
