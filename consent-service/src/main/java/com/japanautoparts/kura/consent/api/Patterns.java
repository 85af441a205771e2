package com.japanautoparts.kura.consent.api;

/** Shapes of the identifiers this service accepts. */
public final class Patterns {

    /** Purposes, channels and pages: lower-case words joined by hyphens, e.g. account-login-page. */
    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String SLUG_MESSAGE = "must be lower-case letters and digits joined by hyphens";
    /** Policy and notice versions, e.g. 2026-11 or v3.1. */
    public static final String VERSION = "^[A-Za-z0-9][A-Za-z0-9._-]*$";
    public static final String VERSION_MESSAGE = "must be letters, digits, dots, hyphens or underscores";
    /** Identity-provider subjects and user agents: any text without control characters. */
    static final String PRINTABLE = "^[^\\p{Cntrl}]*$";
    static final String PRINTABLE_MESSAGE = "must not contain control characters";
    static final String SHA256 = "^[0-9a-f]{64}$";
    static final String SHA256_MESSAGE = "must be 64 lower-case hex digits";

    private Patterns() {
    }
}
