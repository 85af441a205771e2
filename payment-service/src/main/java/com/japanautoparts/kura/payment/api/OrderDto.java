package com.japanautoparts.kura.payment.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An order as the API shows it. Amounts in the currency's major unit. The payment method's
 * processor token is shown to the storefront only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderDto(String orderId, String customerId, String status, String currency, List<LineDto> lines,
        BigDecimal total, int itemsCount, String processorId, PaymentMethodDto paymentMethod, String carrierId,
        String trackingNumber, Instant placedAt, Instant updatedAt) {
}
