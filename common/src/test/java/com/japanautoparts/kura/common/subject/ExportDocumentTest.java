package com.japanautoparts.kura.common.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A document written a page at a time is the one Jackson writes whole, whatever the rows and the page size: every row
 * once, in order, each page asked for once, and no page asked for after a short one (no Quarkus start).
 */
class ExportDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Row(int n, String name) {
    }

    record Whole(String service, List<Row> rows, String note, List<Row> more) {
    }

    @Test
    void pagedArraysWriteTheWholeDocument() throws IOException {
        for (int rows : new int[] {0, 1, 2, 3, 4, 5, 7}) {
            List<Row> all = IntStream.range(0, rows).mapToObj(n -> new Row(n, "山田 " + n)).toList();
            List<Integer> asked = new ArrayList<>();
            String written = write(2, document -> {
                document.array("rows", (first, max) -> {
                    asked.add(first);
                    return all.subList(Math.min(first, all.size()), Math.min(first + max, all.size()));
                });
                document.field("note", "ノート");
                document.fieldUnlessNull("absent", null);
                document.array("more", (first, max) -> List.of());
            });
            assertEquals(JSON.writeValueAsString(new Whole("s", all, "ノート", List.of())), written, rows + " rows");
            // Pages of two: the last one asked for is the first that comes back short (an empty one after a full one).
            assertEquals(IntStream.rangeClosed(0, rows / 2).map(page -> page * 2).boxed().toList(), asked, rows + " rows");
        }
    }

    private static String write(int pageSize, SubjectExport export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = JSON.getFactory().createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringField("service", "s");
            export.writeFields(new ExportDocument(generator, pageSize));
            generator.writeEndObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
