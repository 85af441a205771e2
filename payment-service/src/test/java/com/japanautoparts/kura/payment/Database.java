package com.japanautoparts.kura.payment;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** Raw JDBC reads of the service's own tables, around the application's API. */
final class Database {

    private Database() {
    }

    static long ordersOf(DataSource dataSource, String customerId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select count(*) from orders where customer_id = ?")) {
            statement.setString(1, customerId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The single number a query with one text parameter answers, e.g. a count. */
    static long number(DataSource dataSource, String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Every cell of every table in the schema, as text (raw bytes decoded and the driver's text form). */
    static List<String> allCells(DataSource dataSource) throws SQLException {
        List<String> cells = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "select table_name from information_schema.tables where table_schema = current_schema()");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (PreparedStatement statement = connection.prepareStatement("select * from \"" + table + "\"");
                        ResultSet rows = statement.executeQuery()) {
                    ResultSetMetaData meta = rows.getMetaData();
                    while (rows.next()) {
                        for (int column = 1; column <= meta.getColumnCount(); column++) {
                            String text = rows.getString(column);
                            if (text != null) {
                                cells.add(text);
                                cells.add(new String(rows.getBytes(column), StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            }
        }
        return cells;
    }
}
