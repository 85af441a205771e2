package com.japanautoparts.kura.common.input;

import java.util.List;

import jakarta.ws.rs.core.Response;

import com.japanautoparts.kura.common.problem.Problem;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.problem.ProblemTypes;

/** The problems the input screens answer with: they name the field, never the value. */
public final class InputProblems {

    private InputProblems() {
    }

    /** The problem for a refused body, path or query parameter. */
    public static ProblemException of(Refusal refusal) {
        List<Problem.FieldError> errors = List.of(new Problem.FieldError(refusal.field(), refusal.reason().message));
        return switch (refusal.reason()) {
            case NOT_UTF8, INVALID_URI, TOO_DEEP ->
                new ProblemException(ProblemTypes.MALFORMED_BODY, Response.Status.BAD_REQUEST, refusal.detail(), errors);
            case CONTROL_CHARACTER, NUMBER_OUT_OF_RANGE ->
                new ProblemException(ProblemTypes.VALIDATION, Response.Status.BAD_REQUEST, refusal.detail(), errors);
            case CARD_NUMBER, SECURITY_CODE ->
                new ProblemException(ProblemTypes.CARD_DATA, ProblemException.UNPROCESSABLE_ENTITY, refusal.detail(), errors);
        };
    }
}
