package com.japanautoparts.kura.gateway.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.retention.PurgeTrigger;
import com.japanautoparts.kura.common.retention.RetentionReport;
import com.japanautoparts.kura.common.retention.RetentionService;
import com.japanautoparts.kura.gateway.api.StoragePressureDto.Outcome;
import com.japanautoparts.kura.gateway.api.StoragePressureDto.ServicePurge;
import com.japanautoparts.kura.gateway.client.RetentionClient;
import com.japanautoparts.kura.gateway.client.RetentionClient.Answer;
import com.japanautoparts.kura.gateway.config.GatewayConfig;

import io.quarkus.logging.Log;

/**
 * Storage pressure as one operator action: every service's purge with {@code trigger=storage-pressure}, one after
 * the other in {@code gateway.retention.storage-pressure-order} (least-needed data first), with the privacy
 * officer's token. A service that fails is reported and the next one still runs. Each service decides what it may
 * delete sooner: never held subjects, never below a legal minimum.
 */
@ApplicationScoped
public class StoragePressureService {

    private static final String TRIGGER = "storage-pressure";

    private final GatewayConfig config;
    private final RetentionClient services;
    private final RetentionService own;
    private final ObjectMapper json;

    public StoragePressureService(GatewayConfig config, RetentionClient services, RetentionService own, ObjectMapper json) {
        this.config = config;
        this.services = services;
        this.own = own;
        this.json = json;
    }

    /** Runs every service's storage-pressure purge in order; {@code authorization} is the officer's header, passed on. */
    public List<ServicePurge> purge(String authorization, String actor) {
        List<ServicePurge> results = new ArrayList<>();
        for (String service : config.retention().storagePressureOrder()) {
            ServicePurge result = purgeOne(service.trim().toLowerCase(Locale.ROOT), authorization, actor);
            Log.infof("Storage pressure: %s %s%s", result.service(), result.outcome().value(),
                    result.status() == null ? "" : " (" + result.status() + ")");
            results.add(result);
        }
        return results;
    }

    private ServicePurge purgeOne(String service, String authorization, String actor) {
        if (GatewayConfig.Retention.GATEWAY.equals(service)) {
            return purgeOwn(actor);
        }
        String url = config.retention().services().get(service);
        if (url == null || url.isBlank()) {
            return new ServicePurge(service, Outcome.NOT_CONFIGURED, null, null, null);
        }
        Answer answer = services.purge(url, TRIGGER, authorization);
        return classify(service, answer.status(), answer.detail(), answer.report());
    }

    private ServicePurge purgeOwn(String actor) {
        try {
            RetentionReport report = new RetentionReport(PurgeTrigger.STORAGE_PRESSURE, null,
                    own.purge(PurgeTrigger.STORAGE_PRESSURE, actor));
            return classify(GatewayConfig.Retention.GATEWAY, 200, null, json.valueToTree(report));
        } catch (ProblemException e) {
            return classify(GatewayConfig.Retention.GATEWAY, e.status().getStatusCode(), e.getMessage(), null);
        }
    }

    private static ServicePurge classify(String service, int status, String detail, JsonNode report) {
        Outcome outcome = status >= 200 && status < 300 ? Outcome.PURGED
                : status == 0 || status == 502 || status == 503 || status == 504 ? Outcome.UNAVAILABLE
                : Outcome.FAILED;
        return new ServicePurge(service, outcome, status == 0 ? null : status, detail, report);
    }
}
