package com.japanautoparts.kura.disclosure.api;

import java.util.List;

/**
 * What disclosure-service holds about one subject for an access request: every disclosure of their data. The shape of the
 * export hook's document, which is written while it is read (DisclosureSubjectData), never built as one of these.
 */
public record SubjectExportDto(String service, String customerId, List<ReportEntryDto> disclosures) {
}
