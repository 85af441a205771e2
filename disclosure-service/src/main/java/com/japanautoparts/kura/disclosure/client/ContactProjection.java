package com.japanautoparts.kura.disclosure.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A contact projection as contact-service serves it. Unknown fields are dropped on reading, so only
 * the fields reviewed here can ever be passed on.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactProjection(String customerId, String purpose, List<String> dataItems, Name name,
        Address shippingAddress, Address billingAddress, Phone phone, Email email) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Name(String family, String given) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Address(String type, String country, String postalCode, String region, String locality,
            String line1, String line2) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Phone(String type, String number) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Email(String address) {
    }
}
