package com.japanautoparts.kura.disclosure.api;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.japanautoparts.kura.common.input.CustomerId;
import com.japanautoparts.kura.disclosure.domain.HoldReason;

/** A legal hold as a privacy officer places it; endsAt must lie in the future (checked by the service). */
public record NewLegalHoldDto(
        @NotEmpty @Size(max = 1000) List<@NotNull @CustomerId String> subjects,
        @NotNull HoldReason reason,
        @NotBlank @Size(max = 500) @Pattern(regexp = Patterns.PRINTABLE, message = Patterns.PRINTABLE_MESSAGE) String description,
        @NotNull Instant endsAt) {
}
