package com.japanautoparts.kura.payment.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The need-to-know projection of one order for one disclosure purpose, for disclosure-service only: the whole of a
 * per-order grant (kura-catalogue's {@code NeedToKnow.served}), so the broker asks nobody else. Which fields it carries
 * follows the catalogue: {@code itemsCount} with the purchase, {@code carrierId} and {@code trackingNumber} with the
 * shipment, {@code amount} and {@code currency} with the amount, {@code processorId} and {@code paymentToken} with the
 * card token, and from the contact snapshot taken when the order was placed {@code name}, {@code shippingAddress},
 * {@code billingAddress} and {@code phone}. A field the purpose does not release, or the order does not hold (no
 * carrier before shipping, no token or snapshot after pseudonymisation), is absent. {@code customerId} is for
 * disclosure-service alone (the ledger's subject; it never passes it on); {@code status} and {@code statusTimes} (when
 * the order first reached each status it reached) are what the broker checks a rule's disclosure window against, and
 * are not released either; {@code dataItems} names as fideslang keys the categories released, so the ledger records
 * them without values.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderProjectionDto(String orderId, String customerId, String status, Map<String, Instant> statusTimes,
        Integer itemsCount, String carrierId, String trackingNumber, BigDecimal amount, String currency, String processorId,
        String paymentToken, PersonNameDto name, PostalAddressDto shippingAddress, PostalAddressDto billingAddress,
        PhoneNumberDto phone, List<String> dataItems) {
}
