package com.japanautoparts.kura.disclosure.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Why a staff member needs a customer's support data; recorded in the ledger. */
public record SupportRequestDto(
        @NotBlank @Size(min = 10, max = 500) @Pattern(regexp = Patterns.PRINTABLE, message = Patterns.PRINTABLE_MESSAGE) String reason) {
}
