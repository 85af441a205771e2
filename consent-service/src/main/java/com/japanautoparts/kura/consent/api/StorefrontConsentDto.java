package com.japanautoparts.kura.consent.api;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import com.japanautoparts.kura.common.input.CustomerId;
import com.japanautoparts.kura.common.input.PurposeKey;
import com.japanautoparts.kura.consent.domain.ConsentAction;

/** The storefront records a consent action on a customer's behalf, e.g. the opt-in box on the Account Login page. */
public record StorefrontConsentDto(
        @NotBlank @CustomerId String customerId,
        @NotBlank @PurposeKey String purpose,
        @NotNull ConsentAction action,
        Instant at,
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String channel,
        @NotBlank @Size(max = 64) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String page,
        @Size(min = 1, max = 40) @Pattern(regexp = Patterns.VERSION, message = Patterns.VERSION_MESSAGE) String noticeVersion,
        @Size(max = 512) @Pattern(regexp = Patterns.PRINTABLE, message = Patterns.PRINTABLE_MESSAGE) String userAgent) {

    public ConsentActionDto details() {
        return new ConsentActionDto(at, channel, page, noticeVersion, userAgent);
    }
}
