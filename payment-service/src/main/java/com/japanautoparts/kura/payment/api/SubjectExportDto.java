package com.japanautoparts.kura.payment.api;

import java.util.List;

/** Everything payment-service holds about one subject, for a data-subject access request. */
public record SubjectExportDto(String service, String customerId, List<ExportedOrder> orders) {

    public record ExportedOrder(OrderDto order, List<OrderEventDto> history) {
    }
}
