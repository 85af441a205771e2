package com.japanautoparts.kura.disclosure.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a notice tells a recipient: the customer corrected data it received, or had it erased. */
public enum NoticeKind {
    CORRECTION, ERASURE;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NoticeKind> parse(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
    }
}
