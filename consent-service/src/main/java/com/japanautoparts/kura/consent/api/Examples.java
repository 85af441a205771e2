package com.japanautoparts.kura.consent.api;

/** OpenAPI examples; invented customers only. */
public final class Examples {

    public static final String PURPOSES = """
            [{"key": "marketing-email-specials", "description": "Email about specials and offers from Japan Auto Parts.com.",
              "legalBasis": "consent", "dataUse": "marketing.communications.email", "saleOrSharing": false,
              "requiredSourcePage": "account-login-page"}]""";

    public static final String GRANT = """
            {"at": "2026-11-25T01:02:03Z", "channel": "web", "page": "account-login-page", "noticeVersion": "specials-optin-v2",
             "userAgent": "Mozilla/5.0"}""";

    public static final String WITHDRAW = """
            {"channel": "web", "page": "account-settings-page"}""";

    public static final String STOREFRONT_GRANT = """
            {"customerId": "6f1c1c0e-3f5e-4d57-9a51-1f0e2b7c9d10", "purpose": "marketing-email-specials", "action": "granted",
             "at": "2026-11-25T01:02:03Z", "channel": "web", "page": "account-login-page", "noticeVersion": "specials-optin-v2"}""";

    public static final String GPC = """
            {"customerId": "6f1c1c0e-3f5e-4d57-9a51-1f0e2b7c9d10", "at": "2026-11-25T01:02:03Z"}""";

    public static final String MARKETING_EMAIL = """
            {"customerId": "6f1c1c0e-3f5e-4d57-9a51-1f0e2b7c9d10", "sentAt": "2026-11-25T09:00:00Z"}""";

    public static final String STATES = """
            [{"purpose": "marketing-email-specials", "state": "granted", "recordId": 51, "since": "2026-11-25T01:02:03Z",
              "source": {"channel": "web", "page": "account-login-page"}, "policyVersion": "2026-10", "noticeVersion": "specials-optin-v2"},
             {"purpose": "affiliate-tracking", "state": "none"}]""";

    public static final String HISTORY = """
            [{"id": 51, "customerId": "6f1c1c0e-3f5e-4d57-9a51-1f0e2b7c9d10", "purpose": "marketing-email-specials", "action": "granted",
              "at": "2026-11-25T01:02:03Z", "recordedAt": "2026-11-25T01:02:04Z", "source": {"channel": "web", "page": "account-login-page"},
              "policyVersion": "2026-10", "noticeVersion": "specials-optin-v2", "recordedBy": "storefront:storefront-app", "viaGpc": false}]""";

    public static final String ELIGIBLE = """
            {"customerId": "6f1c1c0e-3f5e-4d57-9a51-1f0e2b7c9d10", "purpose": "marketing-email-specials", "eligible": true,
             "basedOnRecordId": 51, "grantedAt": "2026-11-25T01:02:03Z", "source": {"channel": "web", "page": "account-login-page"}}""";

    public static final String NOT_ELIGIBLE = """
            {"customerId": "6f1c1c0e-3f5e-4d57-9a51-1f0e2b7c9d10", "purpose": "marketing-email-specials", "eligible": false,
             "basedOnRecordId": 101, "source": {"channel": "web", "page": "account-settings-page"},
             "reason": "The consent was withdrawn"}""";

    public static final String PUBLICATION = """
            {"version": "2026-12", "effectiveDate": "2026-12-01", "summary": "Adds cross-border transfer to carriers in the US.",
             "textSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}""";

    public static final String POLICY = """
            {"version": "2026-12", "effectiveDate": "2026-12-01", "summary": "Adds cross-border transfer to carriers in the US.",
             "textSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "publishedAt": "2026-11-20T00:00:00Z"}""";

    public static final String PENDING = """
            {"policyVersion": "2026-12", "page": 0, "size": 50, "totalElements": 1, "customerIds": ["6f1c1c0e-3f5e-4d57-9a51-1f0e2b7c9d10"]}""";

    public static final String PROBLEM = """
            {"type": "https://kura.japanautoparts.com/problems/unprocessable", "title": "Unprocessable Content", "status": 422,
             "detail": "'at' lies in the future"}""";

    private Examples() {
    }
}
