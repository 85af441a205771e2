package com.japanautoparts.kura.clickstream.api;

/** OpenAPI examples; no real sessions or people. */
public final class Examples {

    public static final String BATCH = """
            {"events": [
              {"type": "affiliate_landing", "sessionId": "s-7Jx2Qp9LmN4v", "at": "2026-11-25T01:02:03Z", "affiliateCode": "autoblog", "path": "/parts/brakes"},
              {"type": "page_view", "sessionId": "s-7Jx2Qp9LmN4v", "path": "/parts/brakes/pads", "query": "make=toyota&page=2",
               "referrer": "https://autoblog.example/reviews", "dwellMs": 42000, "clientIp": "203.0.113.77"},
              {"type": "feature_used", "sessionId": "s-7Jx2Qp9LmN4v", "feature": "part-finder", "durationMs": 15000},
              {"type": "conversion", "sessionId": "s-7Jx2Qp9LmN4v", "orderTotal": 12800, "currency": "JPY"}
            ]}""";

    public static final String INGESTED = """
            {"accepted": 4, "attributedConversions": 1}""";

    public static final String IDENTIFYING = """
            {"type": "https://kura.japanautoparts.com/problems/unprocessable", "title": "Unprocessable Content", "status": 422,
             "detail": "Field 'events[1].query' looks like it contains an email address: clickstream events must not identify a person"}""";

    public static final String PAGES = """
            [{"day": "2026-11-25", "path": "/parts/brakes/pads", "views": 1520, "sessions": 1210, "averageDwellMs": 38000}]""";

    public static final String FEATURES = """
            [{"day": "2026-11-25", "feature": "part-finder", "uses": 830, "sessions": 702, "averageDurationMs": 14000}]""";

    public static final String AFFILIATE = """
            {"displayName": "Auto Blog", "clientId": "affiliate-autoblog", "commissionRate": 0.05}""";

    public static final String STATEMENT = """
            {"affiliateCode": "autoblog", "month": "2026-11", "commissionRate": 0.05, "lines": [
              {"currency": "JPY", "conversions": 12, "sales": 153600, "commission": 7680.0000, "breakdownSuppressed": false,
               "byLandingPage": [{"landingPath": "/parts/brakes", "conversions": 8, "sales": 102400, "commission": 5120.0000},
                                 {"landingPath": "(other)", "conversions": 4, "sales": 51200, "commission": 2560.0000}]},
              {"currency": "USD", "conversions": 2, "sales": 180.000, "commission": 9.0000, "breakdownSuppressed": true}]}""";

    /** The same month as the affiliate sees it: the small line without amounts. */
    public static final String MY_STATEMENT = """
            {"affiliateCode": "autoblog", "month": "2026-11", "commissionRate": 0.05, "lines": [
              {"currency": "JPY", "conversions": 12, "sales": 153600, "commission": 7680.0000, "breakdownSuppressed": false,
               "byLandingPage": [{"landingPath": "/parts/brakes", "conversions": 7, "sales": 89600, "commission": 4480.0000},
                                 {"landingPath": "(other)", "conversions": 5, "sales": 64000, "commission": 3200.0000}]},
              {"currency": "USD", "conversions": 2, "breakdownSuppressed": true, "amountsWithheld": true}]}""";

    private Examples() {
    }
}
