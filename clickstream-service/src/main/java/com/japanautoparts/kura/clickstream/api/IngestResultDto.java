package com.japanautoparts.kura.clickstream.api;

/** How many events were stored, and how many of the conversions among them were credited to an affiliate. */
public record IngestResultDto(int accepted, int attributedConversions) {
}
