package com.japanautoparts.kura.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** What a test reads straight from the service's database (not through the API under test), with positional parameters. */
public final class Rows {

    private Rows() {
    }

    /** The first column of the first row, as a number: {@code select count(*) ...}. */
    public static long count(DataSource dataSource, String sql, Object... parameters) {
        return ((Number) rows(dataSource, sql, parameters).get(0).get(0)).longValue();
    }

    /** Every row, each as its columns' values. */
    public static List<List<Object>> rows(DataSource dataSource, String sql, Object... parameters) {
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
            throw new IllegalStateException("The test's query failed: SQL state " + e.getSQLState(), e);
        }
    }
}
