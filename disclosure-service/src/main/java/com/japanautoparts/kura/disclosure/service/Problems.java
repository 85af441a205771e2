package com.japanautoparts.kura.disclosure.service;

import jakarta.ws.rs.core.Response;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.problem.ProblemTypes;

/** Problems kura-common has no factory for. */
public final class Problems {

    /** Seconds a caller should wait before retrying after a 503. */
    public static final int RETRY_AFTER_SECONDS = 30;

    private Problems() {
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemTypes.ABOUT_BLANK, Response.Status.FORBIDDEN, detail);
    }
}
