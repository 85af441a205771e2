package com.japanautoparts.kura.consent.api;

import java.util.List;

/** One page of the customers who have not yet acknowledged the current policy version, ordered by id. */
public record PendingAcknowledgementsDto(String policyVersion, int page, int size, long totalElements, List<String> customerIds) {
}
