package com.japanautoparts.kura.gateway.rest;

import jakarta.validation.constraints.NotNull;

import com.japanautoparts.kura.gateway.RequestType;

/** A data-subject request as filed by the customer: {@code {"type": "access" | "erasure"}}. */
public record NewRequestDto(@NotNull RequestType type) {
}
