package com.japanautoparts.kura.gateway.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A data-subject request as filed by the customer: {@code {"type": "access" | "erasure"}}. */
public record NewRequestDto(
        @NotNull @Pattern(regexp = "access|erasure", message = "must be access or erasure")
        @Schema(enumeration = { "access", "erasure" }) String type) {
}
