package com.japanautoparts.kura.clickstream.api;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An affiliate's monthly commission statement: aggregates only. A line (one currency) with fewer
 * than {@link #MIN_CELL} conversions has no breakdown; breakdown cells below it are merged into "(other)".
 */
public record StatementDto(String affiliateCode, String month, BigDecimal commissionRate, List<Line> lines) {

    public static final int MIN_CELL = 5;
    public static final String OTHER = "(other)";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(String currency, long conversions, BigDecimal sales, BigDecimal commission,
            boolean breakdownSuppressed, List<Cell> byLandingPage) {
    }

    public record Cell(String landingPath, long conversions, BigDecimal sales, BigDecimal commission) {
    }
}
