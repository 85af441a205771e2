package com.japanautoparts.kura.clickstream;

import static io.restassured.RestAssured.given;

import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Builds event batches and posts them, for tests (what was stored: kura-test-support's Rows). */
final class Events {

    private Events() {
    }

    /** A fresh random token of letters and digits (never UUID-shaped). */
    static String unique(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
    }

    static String batch(String... events) {
        return "{\"events\": [" + String.join(", ", events) + "]}";
    }

    static String pageView(String session, String path) {
        return "{\"type\": \"page_view\", \"sessionId\": \"" + session + "\", \"path\": \"" + path + "\", \"dwellMs\": 1000}";
    }

    static String feature(String session, String feature, long durationMs) {
        return "{\"type\": \"feature_used\", \"sessionId\": \"" + session + "\", \"feature\": \"" + feature + "\", \"durationMs\": " + durationMs + "}";
    }

    static String landing(String session, String affiliate, String path) {
        return "{\"type\": \"affiliate_landing\", \"sessionId\": \"" + session + "\", \"affiliateCode\": \"" + affiliate
                + "\", \"path\": \"" + path + "\"}";
    }

    static String landingAt(String session, String affiliate, String path, String at) {
        return "{\"type\": \"affiliate_landing\", \"sessionId\": \"" + session + "\", \"affiliateCode\": \"" + affiliate
                + "\", \"path\": \"" + path + "\", \"at\": \"" + at + "\"}";
    }

    static String conversion(String session, String total, String currency) {
        return "{\"type\": \"conversion\", \"sessionId\": \"" + session + "\", \"orderTotal\": " + total + ", \"currency\": \"" + currency + "\"}";
    }

    static String conversionAt(String session, String total, String currency, String at) {
        return "{\"type\": \"conversion\", \"sessionId\": \"" + session + "\", \"orderTotal\": " + total + ", \"currency\": \""
                + currency + "\", \"at\": \"" + at + "\"}";
    }

    /** Posts a batch (the caller's @TestSecurity must have the storefront role). */
    static Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/clickstream/events").andReturn();
    }
}
