package com.japanautoparts.kura.gateway.rest;

/** OpenAPI examples. */
final class Examples {

    static final String REQUEST = """
            {
              "id": "0b6f0c59-8d0e-4d3e-9d7c-2a4c1f1f6c11",
              "type": "erasure",
              "status": "in-progress",
              "receivedAt": "2026-11-25T10:00:00Z",
              "dueAt": "2026-12-09T10:00:00Z",
              "outcome": "Waiting for payment-service (unreachable)",
              "progress": [
                {"service": "contact-service", "status": "done", "attempts": 1, "outcome": "erased", "completedAt": "2026-11-25T10:00:01Z"},
                {"service": "payment-service", "status": "pending", "attempts": 2, "lastError": "unreachable"}
              ]
            }""";

    static final String EXPORT = """
            {
              "customerId": "7c0e2f4a-3d1b-4a8e-9c2f-1b5d6e7f8a90",
              "requestId": "0b6f0c59-8d0e-4d3e-9d7c-2a4c1f1f6c11",
              "generatedAt": "2026-11-25T10:00:02Z",
              "services": {
                "contact-service": {"service": "contact-service", "contact": {"name": {"family": "Yamada"}}},
                "clickstream-service": {"outcome": "nothing-held"}
              },
              "requests": [{"id": "0b6f0c59-8d0e-4d3e-9d7c-2a4c1f1f6c11", "type": "access", "status": "completed"}]
            }""";

    private Examples() {
    }
}
