package com.japanautoparts.kura.payment.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Everything payment-service holds about one subject, for a data-subject access request. */
public record SubjectExportDto(String service, String customerId, List<ExportedOrder> orders) {

    /** {@code contactAtPlacement}: the contact data kept with the order for its carrier and processor (gone once pseudonymised). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExportedOrder(OrderDto order, List<OrderEventDto> history, ContactSnapshotDto contactAtPlacement) {
    }
}
