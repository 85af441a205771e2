package com.japanautoparts.kura.clickstream.api;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One navigation event. Only these fields exist: anything else (customerId, email, name, ...) is refused.
 * Free-text fields are screened for identifying content by the ingest service (422), so their format
 * is checked there too, after the screen; only hard bounds are declared here.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = EventDto.PageView.class, name = "page_view"),
        @JsonSubTypes.Type(value = EventDto.FeatureUsed.class, name = "feature_used"),
        @JsonSubTypes.Type(value = EventDto.AffiliateLanding.class, name = "affiliate_landing"),
        @JsonSubTypes.Type(value = EventDto.Conversion.class, name = "conversion") })
public sealed interface EventDto {

    /** The longest dwell or feature duration accepted: one day. */
    long MAX_DURATION_MS = 86_400_000L;

    /** The storefront's session pseudonym (random, per browser session); stored only as a keyed daily hash. */
    String sessionId();

    /** When it happened; the time of receipt when absent. At most 24 hours old. */
    Instant at();

    /** The client's IP address, if the storefront sends one: stored truncated to /24 (IPv4) or /48 (IPv6). */
    String clientIp();

    record PageView(
            @NotNull @Size(min = 8, max = 128) String sessionId,
            Instant at,
            @NotNull @Size(min = 1, max = 512) String path,
            @Size(max = 2048) String query,
            @Size(max = 2048) String referrer,
            @PositiveOrZero @Max(MAX_DURATION_MS) Long dwellMs,
            @Size(max = 64) String clientIp) implements EventDto {
    }

    record FeatureUsed(
            @NotNull @Size(min = 8, max = 128) String sessionId,
            Instant at,
            @NotNull @Size(min = 1, max = 100) String feature,
            @PositiveOrZero @Max(MAX_DURATION_MS) Long durationMs,
            @Size(max = 64) String clientIp) implements EventDto {
    }

    record AffiliateLanding(
            @NotNull @Size(min = 8, max = 128) String sessionId,
            Instant at,
            @NotNull @Size(min = 1, max = 64) String affiliateCode,
            @Size(min = 1, max = 512) String path,
            @Size(max = 64) String clientIp) implements EventDto {
    }

    record Conversion(
            @NotNull @Size(min = 8, max = 128) String sessionId,
            Instant at,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("999999999999") @Digits(integer = 12, fraction = 3) BigDecimal orderTotal,
            @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as JPY") String currency,
            @Size(max = 64) String clientIp) implements EventDto {
    }
}
