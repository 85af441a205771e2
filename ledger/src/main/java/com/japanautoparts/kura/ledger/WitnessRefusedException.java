package com.japanautoparts.kura.ledger;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.problem.ProblemTypes;

import jakarta.ws.rs.core.Response;

/**
 * The witness answered, and refused to keep a checkpoint (its signature does not verify, or it does not extend the newest
 * checkpoint the witness keeps): evidence that the ledger or its checkpoint log changed. Not retried; a 409 problem.
 */
public class WitnessRefusedException extends ProblemException {

    public WitnessRefusedException(long position, int status) {
        super(ProblemTypes.CONFLICT, Response.Status.CONFLICT, "The witness refused the checkpoint of position " + position
                + " (HTTP " + status + "): it does not extend the checkpoints the witness keeps, or its signature does not verify");
    }
}
