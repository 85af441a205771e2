package com.japanautoparts.kura.consent.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.consent.Purpose;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PurposeDto(String key, String description, String legalBasis, String dataUse, boolean saleOrSharing,
        String requiredSourcePage) {

    public static PurposeDto of(Purpose p) {
        return new PurposeDto(p.key, p.description, p.legalBasis, p.dataUse, p.saleOrSharing, p.requiredSourcePage);
    }
}
