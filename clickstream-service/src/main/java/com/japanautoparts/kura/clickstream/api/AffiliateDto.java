package com.japanautoparts.kura.clickstream.api;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AffiliateDto(String code, String displayName, String clientId, BigDecimal commissionRate) {
}
