package com.japanautoparts.kura.disclosure.rest;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.disclosure.LegalBasis;
import com.japanautoparts.kura.disclosure.client.ContactProjection;
import com.japanautoparts.kura.disclosure.client.OrderProjection;

/**
 * Data released to a recipient, after its ledger row ({@code disclosureId}) was committed:
 * the order projection (without the customer id, which recipients do not need) and the contact projection.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisclosureDto(long disclosureId, String purpose, String recipientId, LegalBasis legalBasis,
        List<String> dataItems, OrderData order, ContactData contact) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrderData(String orderId, Integer itemsCount, String carrierId, String trackingNumber,
            String processorId, String paymentToken, BigDecimal amount, String currency) {

        public static OrderData of(OrderProjection o) {
            return o == null ? null
                    : new OrderData(o.orderId(), o.itemsCount(), o.carrierId(), o.trackingNumber(), o.processorId(),
                            o.paymentToken(), o.amount(), o.currency());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContactData(String customerId, ContactProjection.Name name, ContactProjection.Address shippingAddress,
            ContactProjection.Address billingAddress, ContactProjection.Phone phone, ContactProjection.Email email) {

        /** For an order the customer id stays inside; staff, who look a customer up by id, get it back. */
        public static ContactData of(ContactProjection c, boolean withCustomerId) {
            return c == null ? null
                    : new ContactData(withCustomerId ? c.customerId() : null, c.name(), c.shippingAddress(),
                            c.billingAddress(), c.phone(), c.email());
        }
    }
}
