package com.japanautoparts.kura.clickstream.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A batch of events from the storefront; stored all together or not at all. */
public record EventBatchDto(@NotNull @Size(min = 1, max = EventBatchDto.MAX_EVENTS) List<@NotNull @Valid EventDto> events) {

    public static final int MAX_EVENTS = 1000;
}
