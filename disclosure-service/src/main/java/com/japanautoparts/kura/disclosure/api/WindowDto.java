package com.japanautoparts.kura.disclosure.api;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.japanautoparts.kura.disclosure.domain.OrderStage;

/**
 * A per-order rule's disclosure window: from when the order first reached {@code opensAt} until {@code grace} (an ISO
 * period of days, months or years, at most one year, e.g. {@code P14D}) after the latest time it reached one of
 * {@code closesAt}.
 */
public record WindowDto(
        @NotNull OrderStage opensAt,
        @NotNull @Size(min = 1, max = 6) List<@NotNull OrderStage> closesAt,
        @NotNull @Pattern(regexp = "^P(?!$)([0-9]{1,3}Y)?([0-9]{1,3}M)?([0-9]{1,3}D)?$", message = "must be an ISO period such as P14D")
        String grace) {
}
