package com.japanautoparts.kura.gateway.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.japanautoparts.kura.gateway.DataSubjectRequest;
import com.japanautoparts.kura.gateway.RequestStatus;
import com.japanautoparts.kura.gateway.RequestStep;
import com.japanautoparts.kura.gateway.RequestType;
import com.japanautoparts.kura.gateway.StepStatus;
import com.japanautoparts.kura.gateway.client.SubjectHookClient.HookResult;
import com.japanautoparts.kura.gateway.config.GatewayConfig;

import io.quarkus.logging.Log;

/** Data-subject requests: filing (idempotent), reading, and recording each service's answer. */
@ApplicationScoped
@Transactional
public class RequestService {

    /** What the processor needs to call one service for one request. */
    public record PendingStep(UUID requestId, String subject, RequestType type, String service) {
    }

    /** A newly filed request, or the open one of the same type that a repeated POST returns. */
    public record Filed(DataSubjectRequest request, boolean created) {
    }

    private final RequestRepository requests;
    private final GatewayConfig config;
    private final Clock clock;
    private final ObjectMapper json;

    public RequestService(RequestRepository requests, GatewayConfig config, Clock clock, ObjectMapper json) {
        this.requests = requests;
        this.config = config;
        this.clock = clock;
        this.json = json;
    }

    public Filed file(String subject, RequestType type) {
        // One filer at a time per subject, so that two identical POSTs cannot both create a request.
        requests.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, subject).getSingleResult();
        Optional<DataSubjectRequest> open = requests.findOpen(subject, type);
        if (open.isPresent()) {
            return new Filed(loaded(open.get()), false);
        }
        Instant now = clock.instant();
        DataSubjectRequest request = new DataSubjectRequest();
        request.id = UUID.randomUUID();
        request.subject = subject;
        request.type = type;
        request.status = RequestStatus.RECEIVED;
        request.receivedAt = now;
        request.dueAt = now.plus(Duration.ofDays(config.dsr().dueDays()));
        for (String service : new TreeSet<>(config.dsr().services().keySet())) {
            RequestStep step = new RequestStep();
            step.request = request;
            step.service = service;
            step.updatedAt = now;
            if (config.dsr().nothingHeld().contains(service)) {
                step.status = StepStatus.NOTHING_HELD;
                step.outcome = HookResult.NOTHING_HELD_OUTCOME;
                step.completedAt = now;
            } else {
                step.status = StepStatus.PENDING;
            }
            request.steps.add(step);
        }
        requests.persist(request);
        Log.debugf("Data-subject request %s (%s) received", request.id, type.value());
        return new Filed(request, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DataSubjectRequest> findOwn(UUID id, String subject) {
        return requests.findOwn(id, subject).map(RequestService::loaded);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DataSubjectRequest> find(UUID id) {
        return requests.findByIdOptional(id).map(RequestService::loaded);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DataSubjectRequest> listOwn(String subject) {
        return requests.listOwn(subject).stream().map(RequestService::loaded).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DataSubjectRequest> listForOfficer(boolean openOnly) {
        return (openOnly ? requests.listOpenByDueDate() : requests.listAllByDueDate()).stream()
                .map(RequestService::loaded).toList();
    }

    public List<UUID> openIds() {
        return requests.openIds();
    }

    /** The steps still waiting for a service's confirmation. */
    public List<PendingStep> pendingSteps(UUID id) {
        return requests.findByIdOptional(id)
                .filter(r -> r.status.open())
                .map(r -> r.steps.stream()
                        .filter(s -> s.status == StepStatus.PENDING)
                        .map(s -> new PendingStep(r.id, r.subject, r.type, s.service))
                        .toList())
                .orElse(List.of());
    }

    /** Records one call's result; a confirmed step is never changed again. */
    public void record(PendingStep pending, HookResult result) {
        DataSubjectRequest request = requests.findById(pending.requestId(), LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !request.status.open()) {
            return;
        }
        Instant now = clock.instant();
        for (RequestStep step : request.steps) {
            if (!step.service.equals(pending.service()) || step.status != StepStatus.PENDING) {
                continue;
            }
            step.attempts++;
            step.updatedAt = now;
            switch (result.kind()) {
                case DONE -> confirm(step, StepStatus.DONE, result, now);
                case NOTHING_HELD -> confirm(step, StepStatus.NOTHING_HELD, result, now);
                case BLOCKED -> {
                    confirm(step, StepStatus.BLOCKED, result, now);
                    step.reason = truncate(result.reason(), 500);
                }
                case FAILED -> step.lastError = truncate(result.error(), 255);
            }
        }
        update(request, now);
    }

    private void confirm(RequestStep step, StepStatus status, HookResult result, Instant now) {
        step.status = status;
        step.outcome = result.outcome();
        step.lastError = null;
        step.completedAt = now;
        if (result.export() != null) {
            step.exportPart = write(result.export());
        }
    }

    private void update(DataSubjectRequest request, Instant now) {
        List<String> waiting = new ArrayList<>();
        List<String> blocked = new ArrayList<>();
        boolean failing = false;
        for (RequestStep step : request.steps) {
            if (step.status == StepStatus.PENDING) {
                waiting.add(step.service + (step.lastError == null ? "" : " (" + step.lastError + ")"));
                failing |= step.attempts >= config.dsr().failedAfterAttempts();
            } else if (step.status == StepStatus.BLOCKED) {
                blocked.add(step.service + " (" + step.outcome + ": " + step.reason + ")");
            }
        }
        if (!waiting.isEmpty()) {
            request.status = failing ? RequestStatus.FAILED_RETRYING : RequestStatus.IN_PROGRESS;
            request.outcome = truncate("Waiting for " + String.join(", ", waiting), 2000);
            return;
        }
        request.completedAt = now;
        if (!blocked.isEmpty()) {
            request.status = RequestStatus.PARTIALLY_BLOCKED;
            request.outcome = truncate("Done except data kept under a legal hold by " + String.join(", ", blocked), 2000);
        } else {
            request.status = RequestStatus.COMPLETED;
            request.outcome = request.type == RequestType.ACCESS
                    ? "Export ready: every service answered"
                    : "Erased: every service confirmed";
        }
        if (request.type == RequestType.ACCESS) {
            request.exportDocument = write(exportDocument(request, now));
        }
        Log.debugf("Data-subject request %s finished: %s", request.id, request.status.value());
    }

    /** One JSON document: every service's export and the subject's requests history. */
    private ObjectNode exportDocument(DataSubjectRequest request, Instant now) {
        ObjectNode document = json.createObjectNode();
        document.put("customerId", request.subject);
        document.put("requestId", request.id.toString());
        document.put("generatedAt", now.toString());
        ObjectNode services = document.putObject("services");
        for (RequestStep step : request.steps) {
            if (step.exportPart != null) {
                services.set(step.service, read(step.exportPart));
            } else {
                services.putObject(step.service).put("outcome", HookResult.NOTHING_HELD_OUTCOME);
            }
        }
        ArrayNode history = document.putArray("requests");
        for (DataSubjectRequest past : requests.listOwn(request.subject)) {
            ObjectNode item = history.addObject();
            item.put("id", past.id.toString());
            item.put("type", past.type.value());
            item.put("status", past.id.equals(request.id) ? request.status.value() : past.status.value());
            item.put("receivedAt", past.receivedAt.toString());
            item.put("dueAt", past.dueAt.toString());
            if (past.completedAt != null) {
                item.put("completedAt", past.completedAt.toString());
            }
        }
        return document;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Export not serialisable", e);
        }
    }

    private com.fasterxml.jackson.databind.JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored export unreadable", e);
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static DataSubjectRequest loaded(DataSubjectRequest request) {
        request.steps.size();
        return request;
    }
}
