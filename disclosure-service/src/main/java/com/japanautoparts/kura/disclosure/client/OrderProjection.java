package com.japanautoparts.kura.disclosure.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.disclosure.api.PersonName;
import com.japanautoparts.kura.disclosure.api.PhoneNumber;
import com.japanautoparts.kura.disclosure.api.PostalAddress;
import com.japanautoparts.kura.disclosure.domain.OrderStage;

/**
 * An order projection as payment-service serves it: the whole of a per-order grant (kura-catalogue's
 * {@code NeedToKnow.served}), order data and the contact data the order was placed with. The delivery projection fills
 * carrierId, trackingNumber, name, shippingAddress and phone; the payment projection processorId, paymentToken, amount,
 * currency, name and billingAddress. {@code status} and {@code statusTimes} are for the disclosure window and are never
 * passed on. Fields this service does not know are dropped on reading, so nothing unreviewed is passed on.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderProjection(String orderId, String customerId, String status, Map<String, Instant> statusTimes,
        Integer itemsCount, String carrierId, String trackingNumber, String processorId, String paymentToken,
        BigDecimal amount, String currency, PersonName name, PostalAddress shippingAddress, PostalAddress billingAddress,
        PhoneNumber phone, List<String> dataItems) {

    /** The recipient the order is assigned to for this purpose's projection: its carrier or payment processor. */
    public String assignee(DisclosurePurpose purpose) {
        return switch (purpose) {
            case DELIVERY -> carrierId;
            case PAYMENT -> processorId;
            case SUPPORT -> null;
        };
    }

    /** When the order reached each status it reached; statuses this service does not know are left out. */
    public Map<OrderStage, Instant> reached() {
        Map<OrderStage, Instant> reached = new EnumMap<>(OrderStage.class);
        if (statusTimes != null) {
            statusTimes.forEach((key, at) -> OrderStage.parse(key).filter(stage -> at != null).ifPresent(stage -> reached.put(stage, at)));
        }
        return reached;
    }
}
