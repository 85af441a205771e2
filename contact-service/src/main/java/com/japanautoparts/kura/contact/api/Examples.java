package com.japanautoparts.kura.contact.api;

/** OpenAPI examples; invented people only. */
public final class Examples {

    public static final String CONTACT = """
            {
              "name": {"family": "Yamada", "given": "Hanako"},
              "addresses": [
                {"type": "SHIPPING", "country": "JP", "postalCode": "150-0001", "region": "Tokyo",
                 "locality": "Shibuya-ku", "line1": "1-2-3 Jingumae", "line2": "Room 401"}
              ],
              "phones": [{"type": "MOBILE", "number": "+81 90-1234-5678"}],
              "emails": [{"address": "hanako@example.jp"}]
            }""";

    public static final String MERGE_PATCH = """
            {"phones": null, "name": {"given": "Hana"}}""";

    public static final String HISTORY = """
            [{"at": "2026-11-25T01:02:03Z", "actor": "customer", "field": "emails[0]", "kind": "ADDED"}]""";

    public static final String REGISTRATION = """
            {"customerId": "6f1c1c0e-3f5e-4d57-9a51-1f0e2b7c9d10", "contact": {"emails": [{"address": "hanako@example.jp"}]}}""";

    public static final String CHECKOUT = """
            {"customerId": "6f1c1c0e-3f5e-4d57-9a51-1f0e2b7c9d10", "name": {"family": "Yamada", "given": "Hanako"},
             "shippingAddress": {"type": "SHIPPING", "country": "JP", "postalCode": "150-0001", "line1": "1-2-3 Jingumae"},
             "phone": {"type": "MOBILE", "number": "+81 90-1234-5678"},
             "hasShippingAddress": true}""";

    public static final String ACCESS_LOG = """
            [{"at": "2026-12-01T03:04:05Z", "reader": "storefront", "purpose": "checkout",
              "dataItems": ["user.name", "user.contact.address.shipping", "user.contact.phone_number"]},
             {"at": "2026-11-30T09:00:00Z", "reader": "disclosure-service", "onBehalfOf": "staff", "purpose": "support",
              "dataItems": ["user.name", "user.contact.email"]}]""";

    public static final String ACCESS_ANOMALIES = """
            [{"hour": "2026-12-01T03:00:00Z", "reader": "storefront", "reads": 41250, "customers": 40988, "misses": 2,
              "anomalous": true}]""";

    public static final String DELIVERY_PROJECTION = """
            {"customerId": "6f1c1c0e-3f5e-4d57-9a51-1f0e2b7c9d10", "purpose": "delivery",
             "dataItems": ["user.name", "user.contact.address.shipping", "user.contact.phone_number"],
             "name": {"family": "Yamada", "given": "Hanako"},
             "shippingAddress": {"type": "SHIPPING", "country": "JP", "postalCode": "150-0001", "line1": "1-2-3 Jingumae"},
             "phone": {"type": "MOBILE", "number": "+81 90-1234-5678"}}""";

    public static final String PROBLEM = """
            {"type": "https://kura.japanautoparts.com/problems/validation", "title": "Bad Request", "status": 400,
             "detail": "The request has invalid fields: addresses[0].postalCode",
             "errors": [{"field": "addresses[0].postalCode", "message": "must be NNN-NNNN in Japan, or 2-11 letters, digits, spaces or hyphens elsewhere"}]}""";

    private Examples() {
    }
}
