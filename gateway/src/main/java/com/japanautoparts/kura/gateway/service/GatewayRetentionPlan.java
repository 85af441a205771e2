package com.japanautoparts.kura.gateway.service;

import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.japanautoparts.kura.common.retention.RetentionCategory;
import com.japanautoparts.kura.common.retention.RetentionPlan;
import com.japanautoparts.kura.common.retention.RetentionQueries;
import com.japanautoparts.kura.gateway.config.GatewayConfig;
import com.japanautoparts.kura.gateway.domain.RequestStatus;

/**
 * What the gateway keeps and for how long. Access exports: the download window ({@code gateway.export.window}, 7 days)
 * after the answer, then deleted, a held subject's too: a legal hold keeps the data where it lives, in the services, not
 * this copy of it. Data-subject request records: 24 months after they were answered, as proof of how each request was
 * handled (the law's minimum: a shorter setting stops start-up); never an open request, never one of a subject under a
 * legal hold; a request's steps go with it. Storage pressure deletes nothing sooner: the exports have their short
 * window, the records are the proof of compliance, and both are small.
 */
@ApplicationScoped
public class GatewayRetentionPlan implements RetentionPlan {

    public static final String REQUEST_RECORDS = "data-subject request records";
    public static final String ACCESS_EXPORTS = "access exports (encrypted copies of a customer's data)";

    /** CCPA regulations (11 CCR 7101): records of consumer requests and how they were answered, at least 24 months. */
    private static final Period LEGAL_MINIMUM = Period.ofMonths(24);

    /** The statuses of open requests, as SQL literals (the enum's fixed values, never input). */
    private static final String OPEN = RequestStatus.OPEN.stream().map(status -> "'" + status.value() + "'")
            .collect(Collectors.joining(", "));

    /** Answered before the cutoff, not open, no held subject. */
    private static final String DUE = "select id from dsr_request where completed_at < :cutoff and status not in (" + OPEN + ")"
            + " and subject <> all(:held)";

    /** Export parts of requests answered before the cutoff (the window's end), whoever the subject. */
    private static final String EXPORTS_DUE = "select e.id from dsr_export e join dsr_request r on r.id = e.request_id"
            + " where r.completed_at < :cutoff";

    private final GatewayConfig config;
    private final RetentionQueries queries;

    public GatewayRetentionPlan(GatewayConfig config, RetentionQueries queries) {
        this.config = config;
        this.queries = queries;
    }

    @Override
    public List<RetentionCategory> categories() {
        return List.of(RetentionCategory.of(ACCESS_EXPORTS, config.export().window(), queries.rows("dsr_export", EXPORTS_DUE)),
                RetentionCategory.of(REQUEST_RECORDS, config.retention().requestRecords(), queries.rows("dsr_request", DUE))
                        .legalMinimum(LEGAL_MINIMUM));
    }
}
