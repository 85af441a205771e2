package com.japanautoparts.kura.common.retention;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Due rows declared as SQL against the service's own datasource. Statements name their parameters {@code :cutoff}
 * (timestamptz), {@code :held} (the held subjects as a text array: {@code subject <> all(:held)}) and {@code :limit}.
 */
@ApplicationScoped
public class RetentionQueries {

    private static final Pattern PARAMETER = Pattern.compile("(?<!:):(cutoff|held|limit)\\b");

    private final DataSource dataSource;

    public RetentionQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Rows of {@code table} whose ids {@code dueIds} selects: counted as they are, deleted by id in batches of
     * {@code :limit} (what cascades from them goes with them).
     */
    public DueRows rows(String table, String dueIds) {
        return statements("select count(*) from (" + dueIds + ") due",
                "delete from " + table + " where id in (" + dueIds + " limit :limit)");
    }

    /**
     * A count query and a delete statement of the caller's own. The delete may be a {@code select} of a function that
     * deletes and returns how many rows it deleted (an owner's {@code security definer} function, say).
     */
    public DueRows statements(String count, String delete) {
        Statement counting = Statement.parse(count);
        Statement deleting = Statement.parse(delete);
        return new DueRows() {
            @Override
            public long count(Instant cutoff, Set<String> held) {
                return run(counting, cutoff, held, 0);
            }

            @Override
            public int delete(Instant cutoff, Set<String> held, int limit) {
                return Math.toIntExact(run(deleting, cutoff, held, limit));
            }
        };
    }

    private long run(Statement statement, Instant cutoff, Set<String> held, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            Array heldArray = connection.createArrayOf("varchar", held.toArray());
            for (int i = 0; i < statement.parameters().size(); i++) {
                switch (statement.parameters().get(i)) {
                    case "cutoff" -> prepared.setObject(i + 1, cutoff.atOffset(ZoneOffset.UTC));
                    case "held" -> prepared.setArray(i + 1, heldArray);
                    default -> prepared.setInt(i + 1, limit);
                }
            }
            if (!prepared.execute()) {
                return prepared.getUpdateCount();
            }
            try (ResultSet rs = prepared.getResultSet()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            // The SQL state only: messages can quote stored values.
            throw new IllegalStateException("A retention statement failed: SQL state " + e.getSQLState(), e);
        }
    }

    /** SQL with its named parameters replaced by placeholders, and their names in order. */
    record Statement(String sql, List<String> parameters) {

        static Statement parse(String sql) {
            Matcher matcher = PARAMETER.matcher(sql);
            List<String> parameters = new ArrayList<>();
            StringBuilder jdbc = new StringBuilder();
            while (matcher.find()) {
                parameters.add(matcher.group(1));
                matcher.appendReplacement(jdbc, "?");
            }
            matcher.appendTail(jdbc);
            return new Statement(jdbc.toString(), List.copyOf(parameters));
        }
    }
}
