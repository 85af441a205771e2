package com.japanautoparts.kura.gateway.service;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.common.observe.RequestIds;
import com.japanautoparts.kura.common.observe.TraceParents;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.problem.ProblemTypes;
import com.japanautoparts.kura.common.subject.Erasure;
import com.japanautoparts.kura.common.subject.ErasureOutcome;
import com.japanautoparts.kura.gateway.api.RequestDto;
import com.japanautoparts.kura.gateway.client.SubjectHookClient.HookResult;
import com.japanautoparts.kura.gateway.config.GatewayConfig;
import com.japanautoparts.kura.gateway.domain.DataSubjectRequest;
import com.japanautoparts.kura.gateway.domain.ExportPart;
import com.japanautoparts.kura.gateway.domain.RequestStatus;
import com.japanautoparts.kura.gateway.domain.RequestStep;
import com.japanautoparts.kura.gateway.domain.RequestType;
import com.japanautoparts.kura.gateway.domain.StepStatus;

import io.quarkus.logging.Log;

/**
 * Data-subject requests: filing (idempotent), reading, and recording each service's answer. The request records hold
 * no personal data (type, dates, status, each service's outcome, what it keeps and why, hold reasons, under the
 * subject's id); an access request's export is kept apart, encrypted ({@link ExportPart}), downloadable for
 * {@code gateway.export.window} after the answer; an erasure request deletes the subject's exports when it is filed.
 */
@ApplicationScoped
@Transactional
public class RequestService {

    /**
     * What the processor needs to call one service for one request: with the trace and the X-Request-Id of the HTTP
     * request that filed it, which the calls continue.
     */
    public record PendingStep(UUID requestId, String subject, RequestType type, String service, String traceParent,
            String httpRequestId) {
    }

    /** A newly filed request, or the open one of the same type that a repeated POST returns. */
    public record Filed(RequestDto request, boolean created) {
    }

    private static final TypeReference<List<Erasure.Retained>> RETAINED = new TypeReference<>() {
    };

    /** What the gateway itself keeps after an erasure: the request's record, the proof that it was answered. */
    static final Erasure.Retained REQUEST_RECORD = new Erasure.Retained(
            "this request's record: its type, dates, status, each service's outcome, what it keeps and any legal-hold reason, "
                    + "under your customer id (no other personal data)",
            "proof that the request was answered and how: kept 24 months after the answer (CCPA regulations, 11 CCR 7101), "
                    + "then deleted");

    private final GatewayConfig config;
    private final Clock clock;
    private final ObjectMapper json;
    private final ExportStore exports;

    public RequestService(GatewayConfig config, Clock clock, ObjectMapper json, ExportStore exports) {
        this.config = config;
        this.clock = clock;
        this.json = json;
        this.exports = exports;
    }

    /**
     * Files a request of this type ({@code access} or {@code erasure}) for the subject, or finds the open one. An
     * erasure request deletes the subject's access exports in the same transaction, also when it returns the open one:
     * nothing the customer asked to erase stays downloadable while the services erase.
     */
    public Filed file(String subject, String typeValue) {
        RequestType type = RequestType.of(typeValue);
        // One filer at a time per subject, so that two identical POSTs cannot both create a request; record() takes the
        // same lock before it stores an export part, so a part is never stored after the erasure that should delete it.
        DataSubjectRequest.lockSubject(subject);
        if (type == RequestType.ERASURE) {
            long chunks = ExportPart.deleteOfSubject(subject);
            int windows = DataSubjectRequest.endExportWindows(subject);
            Log.debugf("Erasure request: deleted %d export chunks, closed %d download windows", chunks, windows);
        }
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
        request.traceParent = TraceParents.current();
        request.httpRequestId = RequestIds.current();
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
        Log.infof("Data-subject request %s (%s) received", request.id, type.value());
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
     * Checks that one of the subject's access requests has an export to download, before anything is sent: 404 for no
     * such request of theirs, 409 for an erasure request or one not finished yet, 410 once its download window has ended
     * or an erasure request deleted it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void checkExport(UUID id, String subject) {
        downloadable(id, subject);
    }

    /**
     * Writes the export document of one of the subject's finished access requests to {@code out}, as a stream, in one
     * (reading) transaction: the parts chunk by chunk as stored ({@link ExportStore}); nothing keeps the whole document.
     * Checked again as {@link #checkExport} does, for an erasure filed in between.
     */
    public void writeExport(UUID id, String subject, OutputStream out) throws IOException {
        exports.write(downloadable(id, subject), out);
    }

    private DataSubjectRequest downloadable(UUID id, String subject) {
        DataSubjectRequest request = DataSubjectRequest.findOwn(id, subject)
                .orElseThrow(() -> ProblemException.notFound("No such request"));
        if (request.type != RequestType.ACCESS) {
            throw ProblemException.conflict("Only access requests have an export");
        }
        if (request.status.open()) {
            throw ProblemException.conflict("The export is not ready yet: the request is " + request.status.value());
        }
        if (request.exportAvailableUntil == null || !clock.instant().isBefore(request.exportAvailableUntil)) {
            throw new ProblemException(ProblemTypes.ABOUT_BLANK, Response.Status.GONE, "The export is no longer available: it "
                    + "can be downloaded for " + config.export().window() + " after the answer, and an erasure request deletes "
                    + "it at once. File a new access request for a new export.");
        }
        return request;
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
                        .map(s -> new PendingStep(r.id, r.subject, r.type, s.service, r.traceParent, r.httpRequestId))
                        .toList())
                .orElse(List.of());
    }

    /**
     * Records one call's result; a confirmed step is never changed again. A service's export is stored encrypted as it is
     * read from the service (under the subject's lock, so that an erasure request filed meanwhile waits for it and then
     * deletes it), unless the subject has filed an erasure request since this access request: then it is not kept at
     * all. The caller closes the result.
     */
    public void record(PendingStep pending, HookResult result) {
        // The subject's lock first (as file() takes it), then the request's row: an erasure filed meanwhile is seen here.
        DataSubjectRequest.lockSubject(pending.subject());
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
                case DONE -> {
                    if (stored(request, step, result, now)) {
                        confirm(request, step, StepStatus.DONE, result, now);
                    }
                }
                case NOTHING_HELD -> confirm(request, step, StepStatus.NOTHING_HELD, result, now);
                case BLOCKED -> {
                    confirm(request, step, StepStatus.BLOCKED, result, now);
                    step.reason = truncate(result.reason(), 500);
                }
                case FAILED -> step.lastError = truncate(result.error(), 255);
            }
        }
        update(request, now);
    }

    private void confirm(DataSubjectRequest request, RequestStep step, StepStatus status, HookResult result, Instant now) {
        step.status = status;
        step.outcome = result.outcome();
        step.lastError = null;
        step.completedAt = now;
        step.retained = result.retained().isEmpty() ? null : write(result.retained());
    }

    /**
     * Stores the step's export part as it is read from the service, unless the subject has filed an erasure request since
     * this access request (then it is not read at all). False, with the step's error, when the part was refused (not one
     * JSON object, or cut short): nothing of it stays, and the step is retried like a service that is down.
     */
    private boolean stored(DataSubjectRequest request, RequestStep step, HookResult result, Instant now) {
        if (result.export() == null || erasedSince(request)) {
            return true;
        }
        try {
            exports.store(request.id, step.service, result.export(), now);
            return true;
        } catch (ExportStore.Refused refused) {
            step.lastError = refused.getMessage();
            return false;
        }
    }

    /** Whether the subject has filed an erasure request since this (access) request was received. */
    private static boolean erasedSince(DataSubjectRequest request) {
        return DataSubjectRequest.erasureFiledAfter(request.subject, request.receivedAt);
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
            if (erasedSince(request)) {
                request.outcome = "Every service answered; the export was not kept, because an erasure request followed";
            } else {
                request.exportAvailableUntil = now.atZone(ZoneOffset.UTC).plus(config.export().window()).toInstant();
            }
        }
        Log.debugf("Data-subject request %s finished: %s", request.id, request.status.value());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not serialisable", e);
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
                request.receivedAt, request.dueAt, request.completedAt, request.outcome, request.exportAvailableUntil,
                request.type == RequestType.ERASURE ? List.of(REQUEST_RECORD) : List.of(),
                request.steps.stream()
                        .map(s -> new RequestDto.ProgressDto(s.service, s.status.value(), s.attempts, s.outcome, s.reason,
                                retained(s), s.lastError, s.completedAt))
                        .toList());
    }
}
