package com.japanautoparts.kura.consent.rest;

import java.time.Instant;
import java.time.LocalDate;

import com.japanautoparts.kura.consent.PolicyVersion;

public record PolicyDto(String version, LocalDate effectiveDate, String summary, String textSha256, Instant publishedAt) {

    public static PolicyDto of(PolicyVersion p) {
        return new PolicyDto(p.version, p.effectiveDate, p.summary, p.textSha256, p.publishedAt);
    }
}
