package com.japanautoparts.kura.gateway.service;

import java.io.IOException;
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
import com.japanautoparts.kura.gateway.config.GatewayConfig;
import com.japanautoparts.kura.gateway.domain.DataSubjectRequest;
import com.japanautoparts.kura.gateway.domain.ExportPart;
import com.japanautoparts.kura.gateway.domain.RequestStep;

/**
 * The access exports at rest and on the way out. Each service's part is its JSON document as it answered, stored in
 * chunks of {@link ExportPart#CHUNK_BYTES}, each AES-256-GCM ciphertext (kura-common's {@link FieldCipher}, key {@code
 * gateway.export.key}) bound to its request, service, index and the part's number of chunks: a chunk moved to another
 * place, reordered, swapped or dropped does not decrypt. The document is written to the download as a stream: the
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

    /** Stores one service's export document (one JSON object, as the service answered it) in encrypted chunks. */
    void store(UUID requestId, String service, byte[] document, Instant now) {
        int chunks = Math.max(1, (document.length + ExportPart.CHUNK_BYTES - 1) / ExportPart.CHUNK_BYTES);
        for (int seq = 0; seq < chunks; seq++) {
            int from = seq * ExportPart.CHUNK_BYTES;
            ExportPart chunk = new ExportPart();
            chunk.requestId = requestId;
            chunk.service = service;
            chunk.seq = seq;
            chunk.content = cipher.encrypt(place(requestId, service, seq, chunks), document, from,
                    Math.min(ExportPart.CHUNK_BYTES, document.length - from));
            chunk.createdAt = now;
            chunk.persist();
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
                    out.write(cipher.decryptBytes(place(request.id, step.service, seq, chunks),
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

    /** Where a chunk belongs (its associated data): request, service, index and the part's number of chunks. */
    private static String place(UUID requestId, String service, int seq, int chunks) {
        return "dsr_export:" + requestId + ":" + service + ":" + seq + "/" + chunks;
    }
}
