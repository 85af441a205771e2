package com.japanautoparts.kura.clickstream.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.clickstream.api.Examples;
import com.japanautoparts.kura.clickstream.api.FeatureStatDto;
import com.japanautoparts.kura.clickstream.api.PageStatDto;
import com.japanautoparts.kura.clickstream.service.StatsService;
import com.japanautoparts.kura.common.input.TimeBounds;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Roles;

/** Page and feature statistics for staff. */
@Path("/clickstream/stats")
@RolesAllowed(Roles.STAFF)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Visits and dwell time per page and feature per UTC day")
public class StatsResource {

    static final int MAX_DAYS = 366;

    private final StatsService stats;
    private final Clock clock;

    public StatsResource(StatsService stats, Clock clock) {
        this.stats = stats;
        this.clock = clock;
    }

    @GET
    @Path("/pages")
    @Operation(summary = "Views, sessions and average dwell time per page and day",
            description = "from and to are UTC days (YYYY-MM-DD), both included; the last 30 days by default; at most 366 days and 5,000 rows.")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "pages", value = Examples.PAGES)))
    public List<PageStatDto> pages(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate last = day(to, "to", today());
        return stats.pages(day(from, "from", last.minusDays(29)), checked(day(from, "from", last.minusDays(29)), last));
    }

    @GET
    @Path("/features")
    @Operation(summary = "Uses, sessions and average duration per feature and day",
            description = "from and to are UTC days (YYYY-MM-DD), both included; the last 30 days by default; at most 366 days and 5,000 rows.")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "features", value = Examples.FEATURES)))
    public List<FeatureStatDto> features(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate last = day(to, "to", today());
        return stats.features(day(from, "from", last.minusDays(29)), checked(day(from, "from", last.minusDays(29)), last));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static LocalDate checked(LocalDate from, LocalDate to) {
        if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ProblemException.badRequest("Parameters 'from' and 'to' must be in order and at most 366 days apart");
        }
        return to;
    }

    private static LocalDate day(String value, String name, LocalDate fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            if (TimeBounds.contains(day)) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw ProblemException.badRequest("Parameter '" + name + "' must be a day as YYYY-MM-DD in the years 0001-9999");
    }
}
