package com.japanautoparts.kura.payment.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.payment.PurgeRecord.Reason;
import com.japanautoparts.kura.payment.client.LegalHoldsUnavailableException;
import com.japanautoparts.kura.payment.config.PaymentConfig;
import com.japanautoparts.kura.payment.service.RetentionService;

import io.quarkus.scheduler.Trigger;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The privacy officer's view of retention: what would go and when, the purge log, and purging now.
 * Orders are kept by law, so {@code storage-pressure} deletes nothing sooner than {@code schedule};
 * it is accepted so that every service answers the same triggers. When legal holds cannot be read,
 * dry run and purge answer 503 and nothing is deleted.
 */
@Path("/internal/retention")
@RolesAllowed(Roles.PRIVACY_OFFICER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal: retention", description = "Retention schedule, dry run and purge log, for the privacy officer")
public class RetentionResource {

    public record ReportDto(Reason trigger, Instant nextScheduledRun, List<RetentionService.Due> categories) {
    }

    public record PurgeRecordDto(String category, long purgedCount, Instant cutoff, Instant purgedAt, Reason trigger, String actor) {
    }

    private final RetentionService retention;
    private final Scheduler scheduler;
    private final SecurityIdentity identity;
    private final PaymentConfig config;

    public RetentionResource(RetentionService retention, Scheduler scheduler, SecurityIdentity identity, PaymentConfig config) {
        this.retention = retention;
        this.scheduler = scheduler;
        this.identity = identity;
        this.config = config;
    }

    @GET
    @Path("/dry-run")
    @Operation(summary = "What a purge would delete now, per category, and when the schedule runs next")
    public ReportDto dryRun(@QueryParam("trigger") @DefaultValue("schedule") String trigger) {
        Reason parsed = parse(trigger);
        Trigger job = scheduler.getScheduledJob(RetentionService.JOB);
        try {
            return new ReportDto(parsed, job == null ? null : job.getNextFireTime(), retention.dryRun(parsed));
        } catch (LegalHoldsUnavailableException e) {
            throw unavailable();
        }
    }

    @POST
    @Path("/purge")
    @Operation(summary = "Purge now; orders are kept by law, so storage-pressure deletes nothing sooner than schedule")
    public ReportDto purge(@QueryParam("trigger") @DefaultValue("storage-pressure") String trigger) {
        Reason parsed = parse(trigger);
        try {
            return new ReportDto(parsed, null, retention.purge(parsed, identity.getPrincipal().getName()));
        } catch (LegalHoldsUnavailableException e) {
            throw unavailable();
        }
    }

    @GET
    @Path("/purges")
    @Operation(summary = "The purge log, newest first")
    public List<PurgeRecordDto> purges() {
        return retention.purgeLog().stream()
                .map(r -> new PurgeRecordDto(r.category, r.purgedCount, r.cutoff, r.purgedAt, r.trigger, r.actor))
                .toList();
    }

    private ProblemException unavailable() {
        return ProblemException.dependencyUnavailable("Legal holds cannot be read from disclosure-service, so nothing is purged; try again later",
                config.legalHolds().retryAfterSeconds());
    }

    private static Reason parse(String trigger) {
        return switch (trigger.toLowerCase(Locale.ROOT)) {
            case "schedule" -> Reason.SCHEDULE;
            case "storage-pressure" -> Reason.STORAGE_PRESSURE;
            default -> throw ProblemException.badRequest("trigger must be schedule or storage-pressure");
        };
    }
}
