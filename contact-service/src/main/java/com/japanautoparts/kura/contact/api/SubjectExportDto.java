package com.japanautoparts.kura.contact.api;

import java.util.List;

/** Everything contact-service holds about one subject, for a data-subject access request. */
public record SubjectExportDto(String service, String customerId, ContactDto contact, List<ChangeDto> history) {
}
