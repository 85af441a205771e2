package com.japanautoparts.kura.ledger;

import java.io.OutputStream;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The checkpoints as JSON lines ({@code application/x-ndjson}): what the privacy officer exports, and what can be mirrored
 * to object storage under a retention lock (append the lines after the last id the mirror holds).
 */
@ApplicationScoped
public class CheckpointExport {

    public static final String MEDIA_TYPE = "application/x-ndjson";

    private final Checkpoints checkpoints;
    private final ObjectMapper json;

    public CheckpointExport(Checkpoints checkpoints, ObjectMapper json) {
        this.checkpoints = checkpoints;
        this.json = json;
    }

    /** The checkpoints after a row id, oldest first, at most {@code limit}, one JSON object per line. */
    public StreamingOutput jsonLines(long afterId, int limit) {
        List<CheckpointLine> lines = checkpoints.export(afterId, limit);
        return (OutputStream out) -> {
            for (CheckpointLine line : lines) {
                out.write(json.writeValueAsBytes(line));
                out.write('\n');
            }
            out.flush();
        };
    }
}
