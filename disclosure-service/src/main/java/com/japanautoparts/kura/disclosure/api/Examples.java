package com.japanautoparts.kura.disclosure.api;

/** OpenAPI examples; invented people and companies only. */
public final class Examples {

    public static final String DELIVERY = """
            {"disclosureId": 42, "purpose": "delivery", "recipientId": "yamato", "legalBasis": "outsourcing", "ruleVersion": 1,
             "dataItems": ["user.name", "user.contact.address.shipping", "user.contact.phone_number",
                           "user.behavior.purchase_history", "user.behavior.purchase_history.shipment"],
             "order": {"orderId": "0b7f5b8e-6a57-4c8e-9a3b-5d1f0c2e7a91", "itemsCount": 2, "carrierId": "yamato",
                       "trackingNumber": "1234-5678-9012"},
             "contact": {"name": {"family": "Yamada", "given": "Hanako"},
                         "shippingAddress": {"country": "JP", "postalCode": "150-0001", "line1": "1-2-3 Jingumae"},
                         "phone": {"type": "MOBILE", "number": "+81 90-1234-5678"}}}""";

    public static final String SUPPORT_REQUEST = """
            {"reason": "Customer called about a missing parcel, ticket SUP-1234"}""";

    public static final String SUPPORT = """
            {"disclosureId": 43, "purpose": "support", "recipientId": "support-desk", "legalBasis": "contract",
             "dataItems": ["user.name", "user.contact.email"],
             "contact": {"customerId": "6f1c1c0e-3f5e-4d57-9a51-1f0e2b7c9d10", "name": {"family": "Yamada", "given": "Hanako"},
                         "email": {"address": "hanako@example.jp"}}}""";

    public static final String RECIPIENT = """
            {"id": "yamato", "name": "Yamato Transport Co., Ltd.", "kind": "carrier", "country": "JP",
             "transferMechanism": "domestic", "contractReference": "DPA-2026-007", "oidcClientId": "carrier-yamato",
             "provider": {"name": "Yamato Transport Co., Ltd.", "address": "2-16-10 Ginza, Chuo-ku, Tokyo",
                          "representative": "Taro Example", "acquisition": "delivery results reported by the driver"},
             "active": true}""";

    public static final String RULE = """
            {"recipientKind": "carrier", "purpose": "delivery", "legalBasis": "outsourcing", "requiresAssignment": true,
             "requiresReason": false, "description": "Delivery of orders assigned to the carrier (APPI Art. 27(5)(i) outsourcing)",
             "window": {"opensAt": "shipped", "closesAt": ["delivered", "cancelled", "refunded"], "grace": "P14D"}}""";

    public static final String RULES = """
            [{"id": 1, "recipientKind": "carrier", "purpose": "delivery", "legalBasis": "outsourcing", "requiresAssignment": true,
              "requiresReason": false, "description": "Delivery of orders assigned to the carrier (APPI Art. 27(5)(i) outsourcing)",
              "window": {"opensAt": "shipped", "closesAt": ["delivered", "cancelled", "refunded"], "grace": "P14D"},
              "version": 2,
              "dataItems": ["user.name", "user.contact.address.shipping", "user.contact.phone_number",
                            "user.behavior.purchase_history", "user.behavior.purchase_history.shipment"]}]""";

    public static final String PROPOSAL = """
            {"id": 151, "subject": "rule", "action": "change", "target": "carrier/delivery", "baseVersion": 1,
             "rule": {"recipientKind": "carrier", "purpose": "delivery", "legalBasis": "outsourcing", "requiresAssignment": true,
                      "requiresReason": false, "description": "Returns take up to 30 days",
                      "window": {"opensAt": "shipped", "closesAt": ["delivered", "cancelled", "refunded"], "grace": "P30D"}},
             "status": "applied", "proposedBy": "d0f855fa-f8f5-4270-8192-9e851da176b7", "proposedAt": "2026-12-01T01:00:00Z",
             "decidedBy": "5b1e9c3d-7a2f-4e6b-9d8c-3f1a2b4c6d8e", "decidedAt": "2026-12-01T02:00:00Z",
             "decisionNote": "Agreed with the carrier contract, section 7", "appliedVersion": 2}""";

    public static final String REFUSALS = """
            {"pending": [{"recipientId": "sagawa", "actor": "carrier-sagawa", "reason": "rate-limited", "purpose": "delivery",
                          "attempts": 4120, "subjects": 0, "from": "2026-12-01T03:04:00Z", "to": "2026-12-01T03:04:41Z"}],
             "recorded": [{"recipientId": "sagawa", "actor": "carrier-sagawa", "reason": "malformed-id", "purpose": "delivery",
                           "attempts": 61, "subjects": 0, "from": "2026-12-01T03:03:00Z", "to": "2026-12-01T03:04:00Z",
                           "ledgerId": 918}]}""";

    public static final String NEW_CASE = """
            {"type": "court-order", "recipientId": "tokyo-district-court", "referenceDocument": "Tokyo District Court 2026 (wa) 123",
             "requester": "Tokyo District Court", "subjects": ["6f1c1c0e-3f5e-4d57-9a51-1f0e2b7c9d10"],
             "dataItems": ["user.name", "user.contact.email"]}""";

    public static final String CASE_PACKAGE = """
            {"caseId": 51, "type": "court-order", "legalBasis": "legal-order", "recipientId": "tokyo-district-court",
             "recipientName": "Tokyo District Court", "referenceDocument": "Tokyo District Court 2026 (wa) 123",
             "executedAt": "2026-11-25T01:02:03Z", "dataItems": ["user.name", "user.contact.email"],
             "records": [{"customerId": "6f1c1c0e-3f5e-4d57-9a51-1f0e2b7c9d10", "dataItems": ["user.name", "user.contact.email"],
                          "name": {"family": "Yamada", "given": "Hanako"}, "email": {"address": "hanako@example.jp"}}],
             "subjectsNotFound": [], "ledgerEntryIds": [44]}""";

    public static final String VERIFICATION = """
            {"valid": false, "rowsChecked": 17, "firstBrokenRowId": 1018, "purgedRows": 1000,
             "anchorHash": "3f0c9a1d5e7b2c4a6f8e0d1c3b5a79e8f6d4c2b0a9e7d5c3b1a0f9e8d7c6b5a4",
             "problem": "the chain ends at position 1017, but the checkpoint of 2026-12-01T03:10:00Z signed position 1020: links 1018 to 1020 are missing",
             "head": {"position": 1017, "hash": "9b1c0e7d5a3f2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c"},
             "end": {"position": 1017, "hash": "9b1c0e7d5a3f2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c"},
             "checkpoint": {"position": 1020, "hash": "0d2e4f6a8b0c9b1c0e7d5a3f2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c",
                            "at": "2026-12-01T03:10:00Z", "keyId": "5be1f0a9c3d27e64", "source": "WITNESS"},
             "witnessReachable": true, "invalidCheckpoints": []}""";

    public static final String CHECKPOINT = """
            {"id": 412, "ledger": "disclosure", "position": 1020,
             "hash": "0d2e4f6a8b0c9b1c0e7d5a3f2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c", "at": "2026-12-01T03:10:00Z",
             "previous": "77aa0c31e5f94b2d8c6e1a3f5b7d9c0e2a4c6e8f0b1d3f5a7c9e1b3d5f7a9c0e", "keyId": "5be1f0a9c3d27e64",
             "signature": "kQ0w...==", "digest": "c1e3a5f7b9d0e2c4a6f8b0d2e4c6a8f0b2d4e6c8a0f2b4d6e8c0a2f4b6d8e0c2",
             "publicKey": "MCowBQYDK2VwAyEA...", "witnessedAt": "2026-12-01T03:10:01.204Z"}""";

    public static final String NOTICES = """
            [{"id": 7, "kind": "correction", "orderId": "0b6a3f5e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "purpose": "delivery",
              "dataItems": ["user.contact.address.shipping"], "changedAt": "2026-12-01T09:00:00Z",
              "notifiedAt": "2026-12-01T09:00:02Z",
              "instruction": "The customer corrected these items of the data you received for this order: replace what you hold with the corrected values (GET this notice), then acknowledge."}]""";

    public static final String REPORT = """
            [{"id": 42, "at": "2026-11-25T01:02:03Z", "recipientName": "Yamato Transport Co., Ltd.", "recipientKind": "carrier",
              "dataItems": ["user.name", "user.contact.address.shipping", "user.contact.phone_number"],
              "purpose": "delivery", "legalBasis": "outsourcing", "reference": "order:ord-1001"}]""";

    public static final String NEW_LEGAL_HOLD = """
            {"subjects": ["6f1c1c0e-3f5e-4d57-9a51-1f0e2b7c9d10"], "reason": "litigation",
             "description": "Your order records are needed for a court case about a disputed delivery",
             "endsAt": "2027-12-31T00:00:00Z"}""";

    private Examples() {
    }
}
