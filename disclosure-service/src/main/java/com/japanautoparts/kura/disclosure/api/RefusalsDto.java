package com.japanautoparts.kura.disclosure.api;

import java.util.List;

/**
 * The privacy officer's view of refused attempts: those counted on this instance and not yet written ({@code pending},
 * written every {@code disclosure.refusals.flush-every}) and the aggregate ledger rows of the period asked for
 * ({@code recorded}), busiest first.
 */
public record RefusalsDto(List<RefusalDto> pending, List<RefusalDto> recorded) {
}
