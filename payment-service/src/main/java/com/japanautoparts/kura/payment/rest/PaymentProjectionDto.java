package com.japanautoparts.kura.payment.rest;

import java.math.BigDecimal;
import java.util.List;

/** What a payment processor needs of an order: its token, the amount (major unit) and currency. */
public record PaymentProjectionDto(String orderId, String customerId, String processorId, String paymentToken,
        BigDecimal amount, String currency, List<String> dataItems) {
}
