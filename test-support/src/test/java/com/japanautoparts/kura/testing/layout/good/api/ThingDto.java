package com.japanautoparts.kura.testing.layout.good.api;

public record ThingDto(String name) {
}
