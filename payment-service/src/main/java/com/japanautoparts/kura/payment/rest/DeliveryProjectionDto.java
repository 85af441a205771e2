package com.japanautoparts.kura.payment.rest;

import java.util.List;

/**
 * What a carrier needs of an order (besides the contact projection disclosure-service fetches
 * with {@code customerId}). Carrier and tracking number are null until the order ships.
 */
public record DeliveryProjectionDto(String orderId, String customerId, int itemsCount, String carrierId,
        String trackingNumber, List<String> dataItems) {
}
