package com.japanautoparts.kura.disclosure.api;

import java.util.List;

/** What disclosure-service holds about one subject for an access request: every disclosure of their data. */
public record SubjectExportDto(String service, String customerId, List<ReportEntryDto> disclosures) {
}
