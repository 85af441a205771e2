package com.japanautoparts.kura.payment.api;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The need-to-know projection of one order for one disclosure purpose, for disclosure-service only. Which fields it
 * carries follows the data catalogue (kura-catalogue's {@code NeedToKnow}): {@code itemsCount} with the purchase,
 * {@code carrierId} and {@code trackingNumber} with the shipment, {@code amount} and {@code currency} with the amount,
 * {@code processorId} and {@code paymentToken} with the card token. A field the purpose does not release, or the order
 * does not hold (no carrier before shipping, no token after pseudonymisation), is absent. {@code customerId} is for
 * disclosure-service alone (it fetches the contact projection with it and never passes it on); {@code dataItems} names
 * as fideslang keys the categories released, so the ledger records them without values.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderProjectionDto(String orderId, String customerId, Integer itemsCount, String carrierId,
        String trackingNumber, BigDecimal amount, String currency, String processorId, String paymentToken,
        List<String> dataItems) {
}
