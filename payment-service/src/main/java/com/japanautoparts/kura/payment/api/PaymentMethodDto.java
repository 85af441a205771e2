package com.japanautoparts.kura.payment.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.common.input.RecipientId;

/**
 * A payment method as the processor tokenised it. There is no field for a card number or a
 * security code, and a body holding either anywhere is refused with 422 (kura-common's input screen).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentMethodDto(
        @NotBlank @Size(max = 128) @Pattern(regexp = PlaceOrderDto.IDENTIFIER, message = "must be letters, digits, '.', '_', ':' or '-'") String processorToken,
        @NotBlank @Size(max = 30) @Pattern(regexp = "^[A-Za-z][A-Za-z0-9 _-]*$", message = "must be a card brand such as VISA or JCB") String brand,
        @NotNull @Pattern(regexp = "^[0-9]{4}$", message = "must be exactly four digits") String last4,
        @NotNull @Min(1) @Max(12) Integer expiryMonth,
        @NotNull @Min(2000) @Max(2100) Integer expiryYear,
        @NotBlank @RecipientId String processorId) {
}
