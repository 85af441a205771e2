package com.japanautoparts.kura.consent.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The privacy officer publishes a policy version; the effective date may not lie in the past. */
public record PolicyPublicationDto(
        @NotBlank @Size(max = 40) @Pattern(regexp = Patterns.VERSION, message = Patterns.VERSION_MESSAGE) String version,
        @NotNull LocalDate effectiveDate,
        @NotBlank @Size(max = 2000) String summary,
        @NotNull @Pattern(regexp = Patterns.SHA256, message = Patterns.SHA256_MESSAGE) String textSha256) {
}
