package com.japanautoparts.kura.consent.api;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A customer grants or withdraws a consent. {@code at} is when they acted (defaults to now); it may not lie in
 * the future beyond a small clock skew. {@code noticeVersion} (the wording shown) is required to grant.
 */
public record ConsentActionDto(
        Instant at,
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String channel,
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String page,
        @Size(min = 1, max = 40) @Pattern(regexp = Patterns.VERSION, message = Patterns.VERSION_MESSAGE) String noticeVersion,
        @Size(max = 512) @Pattern(regexp = Patterns.PRINTABLE, message = Patterns.PRINTABLE_MESSAGE) String userAgent) {
}
