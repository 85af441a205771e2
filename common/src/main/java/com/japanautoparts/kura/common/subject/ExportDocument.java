package com.japanautoparts.kura.common.subject;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The export document being written to the export hook's response: fields go out as they are written (Jackson's
 * generator on the response stream, which sends what it buffers as it fills), so what is held at a time is one page of
 * rows, never the document. Each value is written by the service's own Jackson mapper, exactly as it would be inside
 * a whole document.
 */
public final class ExportDocument {

    /** The rows of one streamed array, a page at a time. */
    @FunctionalInterface
    public interface Pages<T> {

        /**
         * At most {@code max} rows from the {@code first} (counted from 0, in the array's order); fewer only for the last
         * page. Called inside the export's one read-only transaction, so every page reads the same snapshot; a page's
         * entities should be let go (detached) once mapped to rows.
         */
        List<T> read(int first, int max);
    }

    private final JsonGenerator json;
    private final int pageSize;

    ExportDocument(JsonGenerator json, int pageSize) {
        this.json = json;
        this.pageSize = pageSize;
    }

    /** A field whose value is small and read whole (one record, a bounded list); a null value is written as null. */
    public void field(String name, Object value) throws IOException {
        json.writeObjectField(name, value);
    }

    /** A field left out when it has no value (as a record under {@code @JsonInclude(NON_NULL)} leaves it out). */
    public void fieldUnlessNull(String name, Object value) throws IOException {
        if (value != null) {
            field(name, value);
        }
    }

    /** An array field whose rows are read and written a page at a time ({@code kura.subject-export.page-size}). */
    public <T> void array(String name, Pages<T> pages) throws IOException {
        json.writeArrayFieldStart(name);
        for (int first = 0;; first += pageSize) {
            List<T> page = pages.read(first, pageSize);
            for (T row : page) {
                json.writeObject(row);
            }
            if (page.size() < pageSize) {
                break;
            }
        }
        json.writeEndArray();
    }
}
