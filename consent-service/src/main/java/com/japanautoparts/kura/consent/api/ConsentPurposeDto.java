package com.japanautoparts.kura.consent.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A purpose a customer can consent to, with its legal basis. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsentPurposeDto(String key, String description, String legalBasis, String dataUse, boolean saleOrSharing,
        String requiredSourcePage) {
}
