package com.japanautoparts.kura.disclosure.client;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.catalogue.DisclosurePurpose;

/**
 * An order projection as payment-service serves it: the delivery projection fills carrierId and
 * trackingNumber, the payment projection processorId, paymentToken, amount and currency. Fields
 * this service does not know are dropped on reading, so nothing unreviewed is passed on.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderProjection(String orderId, String customerId, Integer itemsCount, String carrierId,
        String trackingNumber, String processorId, String paymentToken, BigDecimal amount, String currency,
        List<String> dataItems) {

    /** The recipient the order is assigned to for this purpose's projection: its carrier or payment processor. */
    public String assignee(DisclosurePurpose purpose) {
        return switch (purpose) {
            case DELIVERY -> carrierId;
            case PAYMENT -> processorId;
            case SUPPORT -> null;
        };
    }
}
