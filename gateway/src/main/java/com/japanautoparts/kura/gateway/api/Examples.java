package com.japanautoparts.kura.gateway.api;

/** OpenAPI examples. */
public final class Examples {

    public static final String REQUEST = """
            {
              "id": "0b6f0c59-8d0e-4d3e-9d7c-2a4c1f1f6c11",
              "type": "erasure",
              "status": "in-progress",
              "receivedAt": "2026-11-25T10:00:00Z",
              "dueAt": "2026-12-09T10:00:00Z",
              "outcome": "Waiting for consent-service (unreachable)",
              "retained": [{"what": "this request's record: its type, dates, status, each service's outcome, what it keeps and any legal-hold reason, under your customer id (no other personal data)",
                            "legalReason": "proof that the request was answered and how: kept 24 months after the answer (CCPA regulations, 11 CCR 7101), then deleted"}],
              "progress": [
                {"service": "consent-service", "status": "pending", "attempts": 2, "lastError": "unreachable"},
                {"service": "contact-service", "status": "done", "attempts": 1, "outcome": "erased", "completedAt": "2026-11-25T10:00:01Z"},
                {"service": "payment-service", "status": "done", "attempts": 1, "outcome": "pseudonymised",
                 "retained": [{"what": "orders, without anything that identifies you", "legalReason": "7 years: tax and company law"}],
                 "completedAt": "2026-11-25T10:00:01Z"}
              ]
            }""";

    public static final String ACCESS_REQUEST = """
            {
              "id": "0b6f0c59-8d0e-4d3e-9d7c-2a4c1f1f6c11",
              "type": "access",
              "status": "completed",
              "receivedAt": "2026-11-25T10:00:00Z",
              "dueAt": "2026-12-09T10:00:00Z",
              "completedAt": "2026-11-25T10:00:02Z",
              "outcome": "Export ready: every service answered",
              "exportAvailableUntil": "2026-12-02T10:00:02Z",
              "progress": [{"service": "contact-service", "status": "done", "attempts": 1, "outcome": "exported", "completedAt": "2026-11-25T10:00:01Z"}]
            }""";

    public static final String EXPORT = """
            {
              "customerId": "7c0e2f4a-3d1b-4a8e-9c2f-1b5d6e7f8a90",
              "requestId": "0b6f0c59-8d0e-4d3e-9d7c-2a4c1f1f6c11",
              "generatedAt": "2026-11-25T10:00:02Z",
              "availableUntil": "2026-12-02T10:00:02Z",
              "services": {
                "contact-service": {"service": "contact-service", "contact": {"name": {"family": "Yamada"}}},
                "clickstream-service": {"outcome": "nothing-held"}
              },
              "requests": [{"id": "0b6f0c59-8d0e-4d3e-9d7c-2a4c1f1f6c11", "type": "access", "status": "completed"}]
            }""";

    public static final String STORAGE_PRESSURE = """
            {
              "trigger": "STORAGE_PRESSURE",
              "services": [
                {"service": "clickstream", "outcome": "purged", "status": 200,
                 "report": {"trigger": "STORAGE_PRESSURE", "categories": [{"category": "raw clickstream events", "cutoff": "2026-10-26T03:00:00Z", "count": 120000}]}},
                {"service": "contact", "outcome": "purged", "status": 200,
                 "report": {"trigger": "STORAGE_PRESSURE", "categories": [{"category": "user.contact change history", "cutoff": "2026-08-26T03:00:00Z", "count": 5200}]}},
                {"service": "payment", "outcome": "unavailable", "detail": "unreachable or no answer in time"},
                {"service": "consent", "outcome": "unavailable", "status": 503, "detail": "Legal holds cannot be checked right now; nothing was purged"},
                {"service": "disclosure", "outcome": "purged", "status": 200, "report": {"trigger": "STORAGE_PRESSURE", "categories": []}},
                {"service": "gateway", "outcome": "purged", "status": 200,
                 "report": {"trigger": "STORAGE_PRESSURE", "categories": [{"category": "data-subject request records", "cutoff": "2024-11-24T03:00:00Z", "count": 0}]}}
              ]
            }""";

    private Examples() {
    }
}
