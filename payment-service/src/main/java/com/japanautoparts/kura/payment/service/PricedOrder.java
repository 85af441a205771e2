package com.japanautoparts.kura.payment.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.payment.api.OrderLineDto;
import com.japanautoparts.kura.payment.api.PaymentMethodDto;
import com.japanautoparts.kura.payment.api.PlaceOrderDto;

/** An order request checked and priced in minor units, before anything is asked or written. */
public record PricedOrder(PlaceOrderDto request, List<Long> unitPricesMinor, List<Long> lineTotalsMinor, long totalMinor) {

    public static PricedOrder of(PlaceOrderDto request, Clock clock) {
        Currency currency = Money.currency(request.currency())
                .orElseThrow(() -> ProblemException.badRequest("Field 'currency' is not an ISO 4217 currency"));
        List<Long> unitPrices = new ArrayList<>();
        List<Long> lineTotals = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < request.lines().size(); i++) {
            int index = i;
            OrderLineDto line = request.lines().get(i);
            BigDecimal price = line.unitPrice();
            long unitMinor = Money.toMinor(price, currency).orElseThrow(() -> ProblemException.badRequest(
                    "Field 'lines[%d].unitPrice' has more decimals than %s allows (%d)".formatted(
                            index, currency.getCurrencyCode(), currency.getDefaultFractionDigits())));
            long lineTotal = Math.multiplyExact(unitMinor, line.quantity().longValue());
            unitPrices.add(unitMinor);
            lineTotals.add(lineTotal);
            total = Math.addExact(total, lineTotal);
        }
        PaymentMethodDto method = request.paymentMethod();
        if (YearMonth.of(method.expiryYear(), method.expiryMonth()).isBefore(YearMonth.now(clock.withZone(ZoneOffset.UTC)))) {
            throw ProblemException.unprocessable("The payment method has expired");
        }
        return new PricedOrder(request, List.copyOf(unitPrices), List.copyOf(lineTotals), total);
    }
}
