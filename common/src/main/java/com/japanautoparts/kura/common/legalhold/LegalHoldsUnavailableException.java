package com.japanautoparts.kura.common.legalhold;

import java.util.Map;

import jakarta.ws.rs.core.Response;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.problem.ProblemTypes;

/**
 * Legal holds could not be read: whatever needed them must not go ahead. A problem, so that common's mapper answers
 * 503 problem+json with Retry-After wherever it escapes.
 */
public class LegalHoldsUnavailableException extends ProblemException {

    public LegalHoldsUnavailableException(int retryAfterSeconds) {
        super(ProblemTypes.DEPENDENCY_UNAVAILABLE, Response.Status.SERVICE_UNAVAILABLE,
                "Legal holds cannot be checked right now, so nothing was changed; try again later",
                Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }
}
