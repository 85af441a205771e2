package com.japanautoparts.kura.common.subject;

import java.io.IOException;

/**
 * A service's export document, written while it is read (issue 18: no service builds its part whole).
 * {@link SubjectHooksResource} has already answered 200 when it runs: it writes the document's first fields, {@code
 * service} and {@code customerId}, then this writes the service's own fields in their order, in one read-only
 * transaction, each large list a page at a time ({@link ExportDocument#array}).
 */
@FunctionalInterface
public interface SubjectExport {

    void writeFields(ExportDocument document) throws IOException;
}
