package com.japanautoparts.kura.payment.api;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Everything payment-service holds about one subject, for a data-subject access request. What would repeat with every
 * order is said once: the customer id at the top (not in each order), the processor in the order (not again in its
 * payment method), and each distinct contact snapshot once, with the orders placed with it. The shape of the export
 * hook's document, which is written while the orders are read (PaymentSubjectData), never built as one of these. Its
 * rows are written by Jackson one at a time, not as the return type of an endpoint: registered for reflection here.
 */
@RegisterForReflection(targets = { SubjectExportDto.ExportedOrder.class, SubjectExportDto.ContactAtPlacement.class })
public record SubjectExportDto(String service, String customerId, List<ExportedOrder> orders,
        List<ContactAtPlacement> contactsAtPlacement) {

    public record ExportedOrder(OrderDto order, List<OrderEventDto> history) {
    }

    /** Contact data kept with these orders for their carrier and processor (gone once an order is pseudonymised). */
    public record ContactAtPlacement(ContactSnapshotDto contact, List<String> orders) {
    }
}
