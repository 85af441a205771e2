package com.japanautoparts.kura.contact.api;

import java.time.Instant;

/**
 * A one-time code for the storefront's mailer to send to the address (Kura sends no mail itself). Only the storefront
 * receives it; contact-service keeps only its keyed hash, until {@code expiresAt}.
 */
public record VerificationCodeDto(String email, String code, Instant expiresAt, int maxAttempts) {
}
