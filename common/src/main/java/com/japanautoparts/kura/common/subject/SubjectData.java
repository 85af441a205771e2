package com.japanautoparts.kura.common.subject;

import java.util.Optional;

/**
 * A service's part in data-subject requests: what it holds about a customer, and how it erases it. Every service
 * implements it once; {@link SubjectHooksResource} serves it to the gateway, after the legal-hold check, the same
 * way everywhere.
 */
public interface SubjectData {

    /**
     * Everything held about the subject, as the service's export document written while it is read; empty when nothing
     * is held (then the hook answers 404). Decides only whether anything is held: the returned export reads the rows
     * when it is written, in its own read-only transaction ({@link SubjectHooksResource}).
     */
    Optional<SubjectExport> export(String subject);

    /**
     * Erases what the service holds about the subject; idempotent. Called only when no legal hold stands. Says what
     * remains by law, and why.
     */
    Erasure erase(String subject);
}
