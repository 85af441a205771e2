package com.japanautoparts.kura.payment.api;

/** OpenAPI examples; invented customers, tokens and parcels only. */
public final class Examples {

    public static final String PLACE_ORDER = """
            {
              "customerId": "6f1c1c0e-3f5e-4d57-9a51-1f0e2b7c9d10",
              "lines": [
                {"sku": "BRK-PAD-NSX-F", "name": "Front brake pads, NSX (NA1)", "quantity": 2, "unitPrice": 12800},
                {"sku": "OIL-FLT-001", "name": "Oil filter", "quantity": 1, "unitPrice": 1500}
              ],
              "currency": "JPY",
              "paymentMethod": {"processorToken": "tok_1QxY2z3AbCdEfGh", "brand": "VISA", "last4": "4242",
                                "expiryMonth": 12, "expiryYear": 2030, "processorId": "stripe-jp"}
            }""";

    public static final String ORDER = """
            {
              "orderId": "0b7f5b8e-6a57-4c8e-9a3b-5d1f0c2e7a91",
              "customerId": "6f1c1c0e-3f5e-4d57-9a51-1f0e2b7c9d10",
              "status": "shipped", "currency": "JPY",
              "lines": [{"sku": "BRK-PAD-NSX-F", "name": "Front brake pads, NSX (NA1)", "quantity": 2,
                         "unitPrice": 12800, "lineTotal": 25600}],
              "total": 25600, "itemsCount": 2, "processorId": "stripe-jp",
              "paymentMethod": {"brand": "VISA", "last4": "4242", "expiryMonth": 12, "expiryYear": 2030, "processorId": "stripe-jp"},
              "carrierId": "yamato", "trackingNumber": "4567-8901-2345",
              "placedAt": "2026-11-25T01:02:03Z", "updatedAt": "2026-11-26T04:05:06Z"
            }""";

    public static final String SHIP = """
            {"action": "ship", "carrierId": "yamato", "trackingNumber": "4567-8901-2345"}""";

    public static final String DELIVERY_PROJECTION = """
            {"orderId": "0b7f5b8e-6a57-4c8e-9a3b-5d1f0c2e7a91", "customerId": "6f1c1c0e-3f5e-4d57-9a51-1f0e2b7c9d10",
             "status": "shipped", "statusTimes": {"placed": "2026-11-25T01:02:03Z", "paid": "2026-11-25T01:05:00Z",
                                                  "shipped": "2026-11-26T04:05:06Z"},
             "itemsCount": 2, "carrierId": "yamato", "trackingNumber": "4567-8901-2345",
             "name": {"family": "Yamada", "given": "Hanako"},
             "shippingAddress": {"country": "JP", "postalCode": "150-0001", "region": "Tokyo", "locality": "Shibuya-ku",
                                 "line1": "1-2-3 Jingumae"},
             "phone": {"type": "MOBILE", "number": "+81 90-1234-5678"},
             "dataItems": ["user.name", "user.contact.address.shipping", "user.contact.phone_number",
                           "user.behavior.purchase_history", "user.behavior.purchase_history.shipment"]}""";

    public static final String PAYMENT_PROJECTION = """
            {"orderId": "0b7f5b8e-6a57-4c8e-9a3b-5d1f0c2e7a91", "customerId": "6f1c1c0e-3f5e-4d57-9a51-1f0e2b7c9d10",
             "status": "paid", "statusTimes": {"placed": "2026-11-25T01:02:03Z", "paid": "2026-11-25T01:05:00Z"},
             "amount": 25600, "currency": "JPY", "processorId": "stripe-jp", "paymentToken": "tok_1QxY2z3AbCdEfGh",
             "name": {"family": "Yamada", "given": "Hanako"},
             "billingAddress": {"country": "JP", "postalCode": "100-0005", "line1": "1-1 Marunouchi"},
             "dataItems": ["user.name", "user.contact.address.billing", "user.behavior.purchase_history.amount",
                           "user.financial.credit_card.token"]}""";

    public static final String CONTACT_CORRECTION = """
            {"asOf": "2026-12-02T01:00:00Z",
             "name": {"family": "山田", "given": "花子", "familyKana": "ヤマダ", "givenKana": "ハナコ"},
             "shippingAddress": {"country": "JP", "postalCode": "100-0001", "region": "東京都", "locality": "千代田区",
                                 "line1": "千代田1-1"},
             "billingAddress": {"country": "JP", "postalCode": "100-0005", "line1": "1-1 Marunouchi"},
             "phone": {"type": "MOBILE", "number": "+81 90-1234-5678"}}""";

    public static final String ILLEGAL_TRANSITION = """
            {"type": "https://kura.japanautoparts.com/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "An order that is placed cannot deliver (allowed: cancelled, paid)"}""";

    public static final String NO_SHIPPING_ADDRESS = """
            {"type": "https://kura.japanautoparts.com/problems/unprocessable", "title": "Unprocessable Content", "status": 422,
             "detail": "a shipping address is needed to place an order"}""";

    public static final String CARD_DATA = """
            {"type": "https://kura.japanautoparts.com/problems/card-data", "title": "Unprocessable Content", "status": 422,
             "detail": "Field 'lines[0].name' holds a payment card number: Kura never accepts card numbers (send the payment processor's token)",
             "errors": [{"field": "lines[0].name", "message": "holds a payment card number: Kura never accepts card numbers (send the payment processor's token)"}]}""";

    public static final String UNAVAILABLE = """
            {"type": "https://kura.japanautoparts.com/problems/dependency-unavailable", "title": "Service Unavailable", "status": 503,
             "detail": "contact-service cannot be reached to check the shipping address; try again shortly"}""";

    private Examples() {
    }
}
