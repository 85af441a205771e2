package com.japanautoparts.kura.disclosure.service;

import com.japanautoparts.kura.common.problem.ProblemException;

/** The 503 problems of the broker and of case execution: nothing was released, and the caller may try again. */
final class Unavailable {

    /** Seconds a caller should wait before retrying. */
    static final int RETRY_AFTER_SECONDS = 30;

    private Unavailable() {
    }

    /** contact-service or payment-service did not answer. */
    static ProblemException owningService() {
        return ProblemException.dependencyUnavailable("A service holding the data is unavailable; try again later",
                RETRY_AFTER_SECONDS);
    }

    /** An owning service answered with something the broker does not release. */
    static ProblemException unexpectedAnswer() {
        return ProblemException.dependencyUnavailable("A service holding the data answered unexpectedly", RETRY_AFTER_SECONDS);
    }

    /** The ledger row could not be written, so nothing leaves. */
    static ProblemException ledger() {
        return ProblemException.dependencyUnavailable("The disclosure could not be recorded, so no data was released",
                RETRY_AFTER_SECONDS);
    }
}
