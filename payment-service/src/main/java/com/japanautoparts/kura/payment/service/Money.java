package com.japanautoparts.kura.payment.service;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * Amounts are stored as integer minor units of an ISO 4217 currency and shown in the major
 * unit: JPY has no minor unit (1500 is 1,500 yen), USD has two (12.34 is 1,234 cents).
 */
public final class Money {

    private Money() {
    }

    /** A currency that has a minor unit count (so not XAU, XXX and the like). */
    public static Optional<Currency> currency(String code) {
        try {
            Currency currency = Currency.getInstance(code);
            return currency.getDefaultFractionDigits() < 0 ? Optional.empty() : Optional.of(currency);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Minor units, or empty when the amount has more decimals than the currency allows. */
    public static Optional<Long> toMinor(BigDecimal amount, Currency currency) {
        try {
            return Optional.of(amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    public static BigDecimal toMajor(long minor, String currencyCode) {
        return BigDecimal.valueOf(minor, Currency.getInstance(currencyCode).getDefaultFractionDigits());
    }
}
