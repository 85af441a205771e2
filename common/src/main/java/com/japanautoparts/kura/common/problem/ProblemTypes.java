package com.japanautoparts.kura.common.problem;

import java.net.URI;

/** Problem type identifiers shared by every service. */
public final class ProblemTypes {

    public static final URI ABOUT_BLANK = URI.create("about:blank");
    private static final String BASE = "https://kura.japanautoparts.com/problems/";
    public static final URI VALIDATION = URI.create(BASE + "validation");
    public static final URI MALFORMED_BODY = URI.create(BASE + "malformed-body");
    public static final URI CONFLICT = URI.create(BASE + "conflict");
    public static final URI UNPROCESSABLE = URI.create(BASE + "unprocessable");
    public static final URI DEPENDENCY_UNAVAILABLE = URI.create(BASE + "dependency-unavailable");
    /** A request holding a payment card number or security code (422): Kura never takes card data. */
    public static final URI CARD_DATA = URI.create(BASE + "card-data");

    private ProblemTypes() {
    }
}
