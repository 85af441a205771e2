package com.japanautoparts.kura.disclosure.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A privacy officer's approval or rejection, with the reasoning. */
public record DecisionDto(
        @NotBlank @Size(max = 1000) @Pattern(regexp = Patterns.PRINTABLE, message = Patterns.PRINTABLE_MESSAGE) String note) {
}
