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
 * What the gateway keeps and for how long: data-subject request records, 24 months after they were answered, as proof
 * of how each request was handled (the law's minimum: a shorter setting stops start-up). Never an open request, never
 * one of a subject under a legal hold; a request's steps go with it. Storage pressure deletes nothing sooner: the
 * records are the proof of compliance, and they are small.
 */
@ApplicationScoped
public class GatewayRetentionPlan implements RetentionPlan {

    public static final String REQUEST_RECORDS = "data-subject request records";

    /** CCPA regulations (11 CCR 7101): records of consumer requests and how they were answered, at least 24 months. */
    private static final Period LEGAL_MINIMUM = Period.ofMonths(24);

    /** The statuses of open requests, as SQL literals (the enum's fixed values, never input). */
    private static final String OPEN = RequestStatus.OPEN.stream().map(status -> "'" + status.value() + "'")
            .collect(Collectors.joining(", "));

    /** Answered before the cutoff, not open, no held subject. */
    private static final String DUE = "select id from dsr_request where completed_at < :cutoff and status not in (" + OPEN + ")"
            + " and subject <> all(:held)";

    private final GatewayConfig config;
    private final RetentionQueries queries;

    public GatewayRetentionPlan(GatewayConfig config, RetentionQueries queries) {
        this.config = config;
        this.queries = queries;
    }

    @Override
    public List<RetentionCategory> categories() {
        return List.of(RetentionCategory.of(REQUEST_RECORDS, config.retention().requestRecords(), queries.rows("dsr_request", DUE))
                .legalMinimum(LEGAL_MINIMUM));
    }
}
