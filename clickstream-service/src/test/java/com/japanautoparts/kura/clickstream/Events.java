package com.japanautoparts.kura.clickstream;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Builds event batches and reads what was stored, for tests. */
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

    static long count(DataSource dataSource, String sql, Object... parameters) {
        List<List<Object>> rows = rows(dataSource, sql, parameters);
        return ((Number) rows.get(0).get(0)).longValue();
    }

    static List<List<Object>> rows(DataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                List<List<Object>> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(rs.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
