package com.japanautoparts.kura.clickstream.api;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An affiliate's monthly commission statement: aggregates only. A line (one currency) with fewer
 * than {@link #MIN_CELL} conversions has no breakdown; breakdown cells below it are merged into "(other)". In the
 * affiliate's own statement such a line also shows no amounts ({@code sales} and {@code commission} absent,
 * {@code amountsWithheld: true}): with one or a few conversions they would be single orders' totals.
 */
public record StatementDto(String affiliateCode, String month, BigDecimal commissionRate, List<Line> lines) {

    public static final int MIN_CELL = 5;
    public static final String OTHER = "(other)";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(String currency, long conversions, BigDecimal sales, BigDecimal commission,
            boolean breakdownSuppressed, Boolean amountsWithheld, List<Cell> byLandingPage) {

        /** The line as the affiliate sees it: without amounts when it covers fewer than {@link #MIN_CELL} conversions. */
        public Line forAffiliate() {
            return conversions >= MIN_CELL ? this
                    : new Line(currency, conversions, null, null, breakdownSuppressed, Boolean.TRUE, byLandingPage);
        }
    }

    /** The statement as the affiliate sees it: no line reveals a single order's total. */
    public StatementDto forAffiliate() {
        return new StatementDto(affiliateCode, month, commissionRate, lines.stream().map(Line::forAffiliate).toList());
    }

    public record Cell(String landingPath, long conversions, BigDecimal sales, BigDecimal commission) {
    }
}
