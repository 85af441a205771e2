package com.japanautoparts.kura.common.retention;

import java.time.Instant;
import java.util.List;

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

import com.japanautoparts.kura.common.security.Roles;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.security.identity.SecurityIdentity;

/** The same retention API in every service, for the privacy officer: what would go and when, purge now, the purge log. */
@Path("/internal/retention")
@RolesAllowed(Roles.PRIVACY_OFFICER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal: retention", description = "Retention schedule, dry run and purge log, for the privacy officer")
public class RetentionResource {

    private final RetentionService retention;
    private final Scheduler scheduler;
    private final SecurityIdentity identity;

    public RetentionResource(RetentionService retention, Scheduler scheduler, SecurityIdentity identity) {
        this.retention = retention;
        this.scheduler = scheduler;
        this.identity = identity;
    }

    @GET
    @Path("/dry-run")
    @Operation(summary = "What a purge would delete now, per category, and when the schedule runs next")
    public RetentionReport dryRun(@QueryParam("trigger") @DefaultValue("schedule") String trigger) {
        PurgeTrigger parsed = PurgeTrigger.parse(trigger);
        return new RetentionReport(parsed, nextScheduledRun(), retention.dryRun(parsed));
    }

    @POST
    @Path("/purge")
    @Operation(summary = "Purge now; trigger=storage-pressure shortens the periods of the service's least-needed categories")
    public RetentionReport purge(@QueryParam("trigger") @DefaultValue("storage-pressure") String trigger) {
        PurgeTrigger parsed = PurgeTrigger.parse(trigger);
        return new RetentionReport(parsed, null, retention.purge(parsed, identity.getPrincipal().getName()));
    }

    @GET
    @Path("/purges")
    @Operation(summary = "The purge log, newest first")
    public List<PurgeLogEntry> purges() {
        return retention.purgeLog();
    }

    /** None while the scheduler is off or paused (a disabled scheduler cannot even look its jobs up). */
    private Instant nextScheduledRun() {
        if (!scheduler.isRunning()) {
            return null;
        }
        Trigger job = scheduler.getScheduledJob(RetentionService.JOB);
        return job == null ? null : job.getNextFireTime();
    }
}
