package com.japanautoparts.kura.disclosure.api;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.disclosure.domain.LegalBasis;

/**
 * Data released to a recipient, after its ledger row ({@code disclosureId}) was committed: the order's data (without the
 * customer id, which recipients do not need) and the contact data, for an order the contact data it was placed with.
 * {@code ruleVersion}: the version of the need-to-know rule it was released under, as the ledger row names it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisclosureDto(long disclosureId, String purpose, String recipientId, LegalBasis legalBasis, Integer ruleVersion,
        List<String> dataItems, OrderData order, ContactData contact) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrderData(String orderId, Integer itemsCount, String carrierId, String trackingNumber,
            String processorId, String paymentToken, BigDecimal amount, String currency) {
    }

    /** {@code customerId} only for staff, who look a customer up by id; for an order it stays inside. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContactData(String customerId, PersonName name, PostalAddress shippingAddress,
            PostalAddress billingAddress, PhoneNumber phone, EmailAddress email) {

        @JsonIgnore
        public boolean isEmpty() {
            return customerId == null && name == null && shippingAddress == null && billingAddress == null && phone == null
                    && email == null;
        }
    }
}
