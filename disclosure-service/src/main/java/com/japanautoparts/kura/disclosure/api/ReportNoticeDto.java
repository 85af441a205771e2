package com.japanautoparts.kura.disclosure.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** In the customer's report: the recipient was told of a correction or erasure, when, and whether it acknowledged. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportNoticeDto(String kind, List<String> dataItems, Instant notifiedAt, Instant acknowledgedAt) {
}
