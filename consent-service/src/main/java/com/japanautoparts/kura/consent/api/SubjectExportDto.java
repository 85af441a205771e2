package com.japanautoparts.kura.consent.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Everything consent-service holds about one subject, for a data-subject access request. The shape of the export hook's
 * document, which is written while it is read (ConsentSubjectData), never built as one of these.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubjectExportDto(String service, String customerId, List<ConsentStateDto> consents, List<ConsentRecordDto> history,
        List<AcknowledgementDto> policyAcknowledgements, Instant lastMarketingEmailAt) {
}
