package com.japanautoparts.kura.payment.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One order line. {@code unitPrice} is in the currency's major unit with no more decimals than
 * it has (JPY: whole yen; USD: cents). Line totals are computed by the service (LineDto).
 */
public record OrderLineDto(
        @NotBlank @Size(max = 64) @Pattern(regexp = PlaceOrderDto.IDENTIFIER, message = "must be letters, digits, '.', '_', ':' or '-'") String sku,
        @NotBlank @Size(max = 200) @Pattern(regexp = PlaceOrderDto.PRINTABLE, message = "must not contain control characters") String name,
        @NotNull @Min(1) @Max(1000) Integer quantity,
        @NotNull @DecimalMin("0") @DecimalMax("100000000") BigDecimal unitPrice) {
}
