package com.japanautoparts.kura.payment.api;

import java.math.BigDecimal;

/** An order line as shown: prices in the currency's major unit, the line total computed here. */
public record LineDto(String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {
}
