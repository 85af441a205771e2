package com.japanautoparts.kura.gateway.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.japanautoparts.kura.common.legalhold.SubjectHolds;
import com.japanautoparts.kura.common.subject.Erasure;
import com.japanautoparts.kura.common.subject.ErasureAnswer;
import com.japanautoparts.kura.common.subject.ErasureOutcome;

/**
 * Calls one service's export or erase hook and turns every answer into a {@link HookResult}; never throws
 * for a service that is down or failing, so the caller can record the attempt and retry later. An erase answer is
 * read as kura-common's {@link ErasureAnswer}, the contract every service's hooks answer with.
 */
@ApplicationScoped
public class SubjectHookClient {

    private final SubjectHookRestClient client;

    public SubjectHookClient(@RestClient SubjectHookRestClient client) {
        this.client = client;
    }

    /**
     * The service's export, open: its status is known (404: nothing held), its body not read yet. The caller reads it
     * while it stores it (checking that it is one JSON object as it goes) and closes it ({@link HookResult#close()}).
     */
    public HookResult export(String baseUrl, String customerId) {
        return call(() -> HookResult.exported(client.export(baseUrl, customerId)));
    }

    public HookResult erase(String baseUrl, String customerId) {
        return call(() -> HookResult.erasure(client.erase(baseUrl, customerId)));
    }

    /** Every failure becomes a result to record and retry; nothing is thrown. */
    private static HookResult call(Supplier<HookResult> hook) {
        try {
            return hook.get();
        } catch (WebApplicationException e) {
            return fromStatus(e.getResponse().getStatus());
        } catch (ProcessingException e) {
            return HookResult.failed("unreachable");
        } catch (RuntimeException e) {
            // For example no token from the identity provider: retried like a service that is down.
            return HookResult.failed(e.getClass().getSimpleName());
        }
    }

    private static HookResult fromStatus(int status) {
        // 404: the service holds nothing about this subject; anything else is a failure to retry.
        return status == 404 ? HookResult.nothingHeld() : HookResult.failed("HTTP " + status);
    }

    /**
     * What one call achieved: the outcome as the services name it ({@link ErasureOutcome#key()}, or "exported"), the
     * legal hold's reason when one blocked the erasure, what the service keeps by law and why, the export document (the
     * service's answer, open, to be read as it arrives, then closed), or why it failed (never personal data).
     */
    public record HookResult(Kind kind, String outcome, String reason, List<Erasure.Retained> retained, InputStream export,
            String error) implements AutoCloseable {

        /** The error of an export answer that is not one JSON object: retried like a service that is down. */
        public static final String NOT_JSON = "export not JSON";
        /** The error of an export answer whose stream broke before its end: retried like a service that is down. */
        public static final String CUT_SHORT = "export cut short";

        public enum Kind {
            DONE, NOTHING_HELD, BLOCKED, FAILED
        }

        public HookResult {
            retained = retained == null ? List.of() : List.copyOf(retained);
        }

        static HookResult exported(InputStream export) {
            return new HookResult(Kind.DONE, "exported", null, List.of(), export, null);
        }

        /** Lets the export's connection go, read to its end or not. */
        @Override
        public void close() {
            if (export != null) {
                try {
                    export.close();
                } catch (IOException e) {
                    // The connection is discarded either way; nothing was kept from it.
                }
            }
        }

        /** An erase answer; one without a known outcome is a failed step, retried like a service that is down. */
        static HookResult erasure(ErasureAnswer answer) {
            if (answer == null || answer.outcome() == null) {
                return failed("no known outcome in the answer");
            }
            return switch (answer.outcome()) {
                case NOTHING_HELD -> nothingHeld();
                case BLOCKED_LEGAL_HOLD -> new HookResult(Kind.BLOCKED, answer.outcome().key(),
                        answer.reason() == null || answer.reason().isBlank() ? SubjectHolds.UNDESCRIBED : answer.reason(),
                        List.of(), null, null);
                default -> new HookResult(Kind.DONE, answer.outcome().key(), null, answer.retained(), null, null);
            };
        }

        public static HookResult nothingHeld() {
            return new HookResult(Kind.NOTHING_HELD, ErasureOutcome.NOTHING_HELD.key(), null, List.of(), null, null);
        }

        public static HookResult failedNotConfigured() {
            return failed("service not configured");
        }

        public static HookResult failed(String error) {
            return new HookResult(Kind.FAILED, null, null, List.of(), null, error);
        }
    }
}
