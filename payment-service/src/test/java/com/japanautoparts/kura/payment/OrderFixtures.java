package com.japanautoparts.kura.payment;

import static io.restassured.RestAssured.given;

import java.time.Clock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.payment.api.ContactSnapshotDto;
import com.japanautoparts.kura.payment.api.PersonNameDto;
import com.japanautoparts.kura.payment.api.PhoneNumberDto;
import com.japanautoparts.kura.payment.api.PlaceOrderDto;
import com.japanautoparts.kura.payment.api.PostalAddressDto;
import com.japanautoparts.kura.payment.service.OrderService;
import com.japanautoparts.kura.payment.service.PricedOrder;

import io.restassured.http.ContentType;

/** Invented orders used across the tests. */
final class OrderFixtures {

    static final String TOKEN = "tok_visa_fixture_ab12";
    static final String PROCESSOR = "stripe-jp";
    static final String CARRIER = "yamato";
    static final String TRACKING = "4567-8901-2345";
    static final String FAMILY = "Yamadasan";
    static final String SHIPPING_LINE1 = "1-2-3 Jingumae";
    static final String BILLING_LINE1 = "500 Market Street";
    static final String PHONE = "+81 90-1234-5678";

    /** The contact data an order stored through the service keeps (what contact-service's checkout view would give). */
    static final ContactSnapshotDto SNAPSHOT = new ContactSnapshotDto(new PersonNameDto(FAMILY, "Hanako"),
            new PostalAddressDto("JP", "150-0001", "Tokyo", "Shibuya-ku", SHIPPING_LINE1, null),
            new PostalAddressDto("US", "94105", null, null, BILLING_LINE1, null), new PhoneNumberDto("MOBILE", PHONE));

    /** Two brake pads at 12,800 yen and an oil filter at 1,500 yen: 27,100 yen, 3 items. */
    static String jpyOrder(String customerId) {
        return order(customerId, "JPY", "12800", "1500", 2030);
    }

    static String order(String customerId, String currency, String padPrice, String filterPrice, int expiryYear) {
        return """
                {
                  "customerId": "%s",
                  "lines": [
                    {"sku": "BRK-PAD-NSX-F", "name": "Front brake pads, NSX", "quantity": 2, "unitPrice": %s},
                    {"sku": "OIL-FLT-001", "name": "オイルフィルター", "quantity": 1, "unitPrice": %s}
                  ],
                  "currency": "%s",
                  "paymentMethod": {"processorToken": "%s", "brand": "VISA", "last4": "4242",
                                    "expiryMonth": 12, "expiryYear": %d, "processorId": "%s"}
                }""".formatted(customerId, padPrice, filterPrice, currency, TOKEN, expiryYear, PROCESSOR);
    }

    /** Places an order as the storefront (the caller must run with that role) and returns its id. */
    static String place(String customerId) {
        return given().contentType(ContentType.JSON).body(jpyOrder(customerId)).post("/orders")
                .then().statusCode(201).extract().path("orderId");
    }

    /** Stores an order through the service, whatever role the calling test runs with. */
    static String store(OrderService orders, ObjectMapper json, Clock clock, String customerId) {
        try {
            return orders.create(PricedOrder.of(json.readValue(jpyOrder(customerId), PlaceOrderDto.class), clock), SNAPSHOT,
                    "test").orderId();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void move(String orderId, String transition, int status) {
        given().contentType(ContentType.JSON).body(transition).post("/orders/" + orderId + "/transitions")
                .then().statusCode(status);
    }

    static String action(String action) {
        return "{\"action\": \"" + action + "\"}";
    }

    static String ship() {
        return "{\"action\": \"ship\", \"carrierId\": \"" + CARRIER + "\", \"trackingNumber\": \"" + TRACKING + "\"}";
    }

    private OrderFixtures() {
    }
}
