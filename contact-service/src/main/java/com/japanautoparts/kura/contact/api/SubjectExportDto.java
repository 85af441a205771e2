package com.japanautoparts.kura.contact.api;

import java.util.List;

/**
 * Everything contact-service holds about one subject, for a data-subject access request: the contact data, its change
 * history, and who else read it (the access log). The shape of the export hook's document, which is written while it
 * is read (ContactSubjectData), never built as one of these.
 */
public record SubjectExportDto(String service, String customerId, ContactDto contact, List<ChangeDto> history,
        List<AccessDto> accessLog) {
}
