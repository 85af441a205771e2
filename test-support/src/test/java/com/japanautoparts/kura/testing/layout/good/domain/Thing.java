package com.japanautoparts.kura.testing.layout.good.domain;

public record Thing(String name) {
}
