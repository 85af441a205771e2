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
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.subject.Erasure;
import com.japanautoparts.kura.common.subject.ErasureOutcome;
import com.japanautoparts.kura.gateway.api.RequestDto;
import com.japanautoparts.kura.gateway.client.SubjectHookClient.HookResult;
import com.japanautoparts.kura.gateway.config.GatewayConfig;
import com.japanautoparts.kura.gateway.domain.DataSubjectRequest;
import com.japanautoparts.kura.gateway.domain.RequestStatus;
import com.japanautoparts.kura.gateway.domain.RequestStep;
import com.japanautoparts.kura.gateway.domain.RequestType;
import com.japanautoparts.kura.gateway.domain.StepStatus;

import io.quarkus.logging.Log;

/** Data-subject requests: filing (idempotent), reading, and recording each service's answer. */
@ApplicationScoped
@Transactional
public class RequestService {

    /** What the processor needs to call one service for one request. */
    public record PendingStep(UUID requestId, String subject, RequestType type, String service) {
    }

    /** A newly filed request, or the open one of the same type that a repeated POST returns. */
    public record Filed(RequestDto request, boolean created) {
    }

    private static final TypeReference<List<Erasure.Retained>> RETAINED = new TypeReference<>() {
    };

    private final GatewayConfig config;
    private final Clock clock;
    private final ObjectMapper json;

    public RequestService(GatewayConfig config, Clock clock, ObjectMapper json) {
        this.config = config;
        this.clock = clock;
        this.json = json;
    }

    /** Files a request of this type ({@code access} or {@code erasure}) for the subject, or finds the open one. */
    public Filed file(String subject, String typeValue) {
        RequestType type = RequestType.of(typeValue);
        // One filer at a time per subject, so that two identical POSTs cannot both create a request.
        DataSubjectRequest.lockSubject(subject);
        Optional<DataSubjectRequest> open = DataSubjectRequest.findOpen(subject, type);
        if (open.isPresent()) {
            return new Filed(toDto(open.get(), false), false);
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
                step.outcome = ErasureOutcome.NOTHING_HELD.key();
                step.completedAt = now;
            } else {
                step.status = StepStatus.PENDING;
            }
            request.steps.add(step);
        }
        request.persist();
        Log.debugf("Data-subject request %s (%s) received", request.id, type.value());
        return new Filed(toDto(request, false), true);
    }

    /** One of the subject's own requests. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RequestDto> findOwn(UUID id, String subject) {
        return DataSubjectRequest.findOwn(id, subject).map(r -> toDto(r, false));
    }

    /** Any request, with its subject: for the privacy officer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RequestDto> find(UUID id) {
        return DataSubjectRequest.<DataSubjectRequest>findByIdOptional(id).map(r -> toDto(r, true));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RequestDto> listOwn(String subject) {
        return DataSubjectRequest.listOwn(subject).stream().map(r -> toDto(r, false)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RequestDto> listForOfficer(boolean openOnly) {
        return DataSubjectRequest.listByDueDate(openOnly).stream().map(r -> toDto(r, true)).toList();
    }

    /**
     * The export document of one of the subject's finished access requests: 404 for no such request of theirs, 409
     * for an erasure request or one not finished yet.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String exportDocument(UUID id, String subject) {
        DataSubjectRequest request = DataSubjectRequest.findOwn(id, subject)
                .orElseThrow(() -> ProblemException.notFound("No such request"));
        if (request.type != RequestType.ACCESS) {
            throw ProblemException.conflict("Only access requests have an export");
        }
        if (request.status.open() || request.exportDocument == null) {
            throw ProblemException.conflict("The export is not ready yet: the request is " + request.status.value());
        }
        return request.exportDocument;
    }

    public List<UUID> openIds() {
        return DataSubjectRequest.openIds();
    }

    /** The steps still waiting for a service's confirmation. */
    public List<PendingStep> pendingSteps(UUID id) {
        return DataSubjectRequest.<DataSubjectRequest>findByIdOptional(id)
                .filter(r -> r.status.open())
                .map(r -> r.steps.stream()
                        .filter(s -> s.status == StepStatus.PENDING)
                        .map(s -> new PendingStep(r.id, r.subject, r.type, s.service))
                        .toList())
                .orElse(List.of());
    }

    /** Records one call's result; a confirmed step is never changed again. */
    public void record(PendingStep pending, HookResult result) {
        DataSubjectRequest request = DataSubjectRequest.findById(pending.requestId(), LockModeType.PESSIMISTIC_WRITE);
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
        step.retained = result.retained().isEmpty() ? null : write(result.retained());
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
                services.putObject(step.service).put("outcome", ErasureOutcome.NOTHING_HELD.key());
            }
        }
        ArrayNode history = document.putArray("requests");
        for (DataSubjectRequest past : DataSubjectRequest.listOwn(request.subject)) {
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

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored export unreadable", e);
        }
    }

    private List<Erasure.Retained> retained(RequestStep step) {
        if (step.retained == null) {
            return List.of();
        }
        try {
            return json.readValue(step.retained, RETAINED);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored retained list unreadable", e);
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private RequestDto toDto(DataSubjectRequest request, boolean withSubject) {
        return new RequestDto(request.id, withSubject ? request.subject : null, request.type.value(), request.status.value(),
                request.receivedAt, request.dueAt, request.completedAt, request.outcome,
                request.steps.stream()
                        .map(s -> new RequestDto.ProgressDto(s.service, s.status.value(), s.attempts, s.outcome, s.reason,
                                retained(s), s.lastError, s.completedAt))
                        .toList());
    }
}
