package com.japanautoparts.kura.gateway.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.common.crypto.FieldCipher;
import com.japanautoparts.kura.common.subject.ErasureOutcome;
import com.japanautoparts.kura.gateway.client.SubjectHookClient.HookResult;
import com.japanautoparts.kura.gateway.config.GatewayConfig;
import com.japanautoparts.kura.gateway.domain.DataSubjectRequest;
import com.japanautoparts.kura.gateway.domain.ExportPart;
import com.japanautoparts.kura.gateway.domain.RequestStep;

import io.quarkus.logging.Log;

/**
 * The access exports at rest and on the way out. Each service's part is its JSON document as it answered, stored as it
 * is read in chunks of {@link ExportPart#CHUNK_BYTES}, each AES-256-GCM ciphertext (kura-common's {@link FieldCipher},
 * key {@code gateway.export.key}) bound to its request, service, index and whether it is the part's last: a chunk moved
 * to another place, reordered, swapped or dropped does not decrypt. The document is written to the download as a stream: the
 * header fields, each part chunk by chunk as stored, the services that hold nothing, the requests history; one chunk
 * is held at a time, never a whole part or document. Callers hold the transaction.
 */
@ApplicationScoped
public class ExportStore {

    private final ObjectMapper json;
    private final FieldCipher cipher;

    public ExportStore(GatewayConfig config, ObjectMapper json) {
        this.json = json;
        this.cipher = FieldCipher.fromBase64(config.export().key(), "gateway.export.key");
    }

    /** Why a part was not stored: its bytes are not one JSON object, or they stopped short. */
    static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Stores one service's export document (one JSON object, as the service answered it) in encrypted chunks as it is
     * read: each chunk is checked ({@link OneJsonObject}), encrypted, written and let go before the next is read, so one
     * chunk and the one after it (to know which is the last) are held at a time, never the part. Refused when the bytes
     * are not one JSON object or the stream breaks: what was written of the part is deleted again (in the caller's
     * transaction), and nothing of it stays.
     */
    void store(UUID requestId, String service, InputStream document, Instant now) throws Refused {
        try {
            write(requestId, service, document, now);
        } catch (Refused | IOException e) {
            long deleted = ExportPart.deletePart(requestId, service);
            Log.debugf("Export part refused (%d chunks deleted again): %s", deleted, e.getClass().getSimpleName());
            throw e instanceof Refused refused ? refused : new Refused(HookResult.CUT_SHORT);
        }
    }

    private void write(UUID requestId, String service, InputStream document, Instant now) throws Refused, IOException {
        OneJsonObject check = new OneJsonObject();
        byte[] chunk = document.readNBytes(ExportPart.CHUNK_BYTES);
        for (int seq = 0;; seq++) {
            // A chunk shorter than a full one is the last; after a full one, the next read says whether more follow.
            byte[] next = chunk.length < ExportPart.CHUNK_BYTES ? new byte[0] : document.readNBytes(ExportPart.CHUNK_BYTES);
            boolean last = next.length == 0;
            if (!check.feed(chunk, 0, chunk.length) || (last && !check.end())) {
                throw new Refused(HookResult.NOT_JSON);
            }
            ExportPart part = new ExportPart();
            part.requestId = requestId;
            part.service = service;
            part.seq = seq;
            part.content = cipher.encrypt(place(requestId, service, seq, last), chunk, 0, chunk.length);
            part.createdAt = now;
            part.persist();
            // Written now and let go: the persistence context never holds more than this chunk.
            ExportPart.flush();
            ExportPart.getEntityManager().detach(part);
            if (last) {
                return;
            }
            chunk = next;
        }
    }
    /**
     * Writes the export document of a finished access request: {@code customerId}, {@code requestId}, {@code
     * generatedAt}, {@code availableUntil}, {@code services} (each service's part as stored, or {@code {"outcome":
     * "nothing-held"}}), {@code requests} (the subject's requests history). Does not close {@code out}.
     */
    void write(DataSubjectRequest request, OutputStream out) throws IOException {
        Map<String, Integer> parts = new HashMap<>();
        ExportPart.partsOf(request.id).forEach(part -> parts.put(part.service(), part.chunks()));
        try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
            // The parts go straight to out between the generator's writes: the generator is flushed into out before each,
            // and neither closes nor flushes out itself (the server's response stream sends what it buffers as it fills).
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
            generator.writeStartObject();
            generator.writeStringField("customerId", request.subject);
            generator.writeStringField("requestId", request.id.toString());
            generator.writeStringField("generatedAt", request.completedAt.toString());
            generator.writeStringField("availableUntil", request.exportAvailableUntil.toString());
            generator.writeObjectFieldStart("services");
            for (RequestStep step : request.steps) {
                generator.writeFieldName(step.service);
                Integer chunks = parts.get(step.service);
                if (chunks == null) {
                    generator.writeStartObject();
                    generator.writeStringField("outcome", ErasureOutcome.NOTHING_HELD.key());
                    generator.writeEndObject();
                    continue;
                }
                // An empty raw value: the generator writes the separator and counts the value as written; the part follows.
                generator.writeRawValue("");
                generator.flush();
                for (int seq = 0; seq < chunks; seq++) {
                    out.write(cipher.decryptBytes(place(request.id, step.service, seq, seq == chunks - 1),
                            ExportPart.chunk(request.id, step.service, seq)));
                }
            }
            generator.writeEndObject();
            generator.writeArrayFieldStart("requests");
            for (DataSubjectRequest past : DataSubjectRequest.listOwn(request.subject)) {
                generator.writeStartObject();
                generator.writeStringField("id", past.id.toString());
                generator.writeStringField("type", past.type.value());
                generator.writeStringField("status", past.status.value());
                generator.writeStringField("receivedAt", past.receivedAt.toString());
                generator.writeStringField("dueAt", past.dueAt.toString());
                if (past.completedAt != null) {
                    generator.writeStringField("completedAt", past.completedAt.toString());
                }
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }

    /**
     * Where a chunk belongs (its associated data): request, service, index, and whether it is the part's last (the STREAM
     * construction: a part cut short ends in a chunk that was not written as the last, and does not decrypt).
     */
    private static String place(UUID requestId, String service, int seq, boolean last) {
        return "dsr_export:" + requestId + ":" + service + ":" + seq + (last ? "/last" : "/more");
    }
}
