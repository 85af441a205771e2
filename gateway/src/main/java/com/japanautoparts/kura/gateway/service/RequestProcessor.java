package com.japanautoparts.kura.gateway.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.MDC;

import com.japanautoparts.kura.common.observe.RequestIds;
import com.japanautoparts.kura.common.observe.TraceParents;
import com.japanautoparts.kura.gateway.client.SubjectHookClient;
import com.japanautoparts.kura.gateway.client.SubjectHookClient.HookResult;
import com.japanautoparts.kura.gateway.config.GatewayConfig;
import com.japanautoparts.kura.gateway.domain.RequestType;
import com.japanautoparts.kura.gateway.service.RequestService.PendingStep;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Fans every open data-subject request out to the services' hooks, with the gateway's own client-credentials
 * identity. Runs right after a request is filed and on a schedule ({@code gateway.dsr.retry-interval}) until
 * every service has confirmed. One pass at a time per gateway instance; the hooks are idempotent, so a step
 * repeated by a second instance or after a crash does no harm. No database transaction is held while a call waits for its
 * answer.
 */
@ApplicationScoped
public class RequestProcessor {

    private final RequestService requests;
    private final SubjectHookClient hooks;
    private final GatewayConfig config;
    private final ManagedExecutor executor;
    private final Tracer tracer;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();

    public RequestProcessor(RequestService requests, SubjectHookClient hooks, GatewayConfig config, ManagedExecutor executor,
            Tracer tracer) {
        this.requests = requests;
        this.hooks = hooks;
        this.config = config;
        this.executor = executor;
        this.tracer = tracer;
    }

    /** Starts a pass soon, without waiting for it. */
    public void kick() {
        executor.runAsync(this::drain);
    }

    @Scheduled(every = "${gateway.dsr.retry-interval:30s}", delayed = "${gateway.dsr.retry-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retry() {
        drain();
    }

    /** Processes every open request; a pass asked for while one runs is done right after it. */
    public void drain() {
        again.set(true);
        while (again.get() && running.tryLock()) {
            try {
                again.set(false);
                for (UUID id : requests.openIds()) {
                    process(id);
                }
            } catch (RuntimeException e) {
                Log.errorf("Data-subject request pass failed: %s", e.getClass().getName());
            } finally {
                running.unlock();
            }
        }
    }

    /**
     * Calls the hooks of one request's pending steps, all at once (one task per step on the managed executor), in the
     * trace of the HTTP request that filed it (a span {@code dsr erasure} or {@code dsr access} under it, each hook call
     * under that) and under its X-Request-Id, which every call passes on: the first pass and every retry, whoever runs
     * them. Once every call has answered (each bounded by the hooks' connect and read timeouts), each result is recorded
     * in its own transaction; none is held while a call waits for its answer. An export's body is read while it is
     * recorded: chunk by chunk into its transaction, never whole into memory.
     */
    private void process(UUID id) {
        List<PendingStep> steps = requests.pendingSteps(id);
        if (steps.isEmpty()) {
            return;
        }
        PendingStep first = steps.get(0);
        Span span = tracer.spanBuilder("dsr " + first.type().value())
                .setParent(TraceParents.context(first.traceParent()))
                .startSpan();
        String requestId = first.httpRequestId() == null ? RequestIds.newId() : first.httpRequestId();
        Scope scope = span.makeCurrent();
        List<CompletableFuture<HookResult>> calls = List.of();
        try {
            MDC.put(RequestIds.MDC_KEY, requestId);
            Context traced = Context.current();
            calls = new ArrayList<>(steps.size());
            for (PendingStep step : steps) {
                calls.add(executor.supplyAsync(traced.wrapSupplier(() -> call(step, requestId))));
            }
            for (int i = 0; i < steps.size(); i++) {
                PendingStep step = steps.get(i);
                try (HookResult result = answer(calls.get(i))) {
                    if (result.kind() == HookResult.Kind.FAILED) {
                        Log.warnf("Data-subject request %s: %s not done yet (%s)", id, step.service(), result.error());
                    } else {
                        Log.infof("Data-subject request %s: %s answered", id, step.service());
                    }
                    requests.record(step, result);
                }
            }
        } finally {
            // Every export's connection goes, also those a failed recording never reached (closing twice does no harm).
            calls.forEach(call -> call.thenAccept(HookResult::close));
            MDC.remove(RequestIds.MDC_KEY);
            scope.close();
            span.end();
        }
    }

    /**
     * One step's hook call, on a worker thread: under the request's X-Request-Id (the MDC, which kura-common's {@code
     * RequestIdHeader} passes on) and in the trace the task was wrapped with. The MDC is given back as it was found: a
     * pass started by a filing request runs in that request's propagated Vert.x context, whose MDC the pass and its
     * other calls share (the same id in all), so no call may take the id away from the others.
     */
    private HookResult call(PendingStep step, String requestId) {
        Object found = MDC.get(RequestIds.MDC_KEY);
        MDC.put(RequestIds.MDC_KEY, requestId);
        try {
            String url = config.dsr().services().get(step.service());
            if (url == null) {
                return HookResult.failedNotConfigured();
            }
            return step.type() == RequestType.ACCESS ? hooks.export(url, step.subject()) : hooks.erase(url, step.subject());
        } finally {
            if (found == null) {
                MDC.remove(RequestIds.MDC_KEY);
            } else {
                MDC.put(RequestIds.MDC_KEY, found);
            }
        }
    }

    /** A call's result; a task that could not run at all is a failed step, retried like a service that is down. */
    private static HookResult answer(CompletableFuture<HookResult> call) {
        try {
            return call.join();
        } catch (CompletionException | CancellationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return HookResult.failed(cause.getClass().getSimpleName());
        }
    }
}
