package com.japanautoparts.kura.clickstream.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.SecureRandom;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.clickstream.api.EventDto;
import com.japanautoparts.kura.clickstream.api.IngestResultDto;
import com.japanautoparts.kura.clickstream.config.ClickstreamConfig;
import com.japanautoparts.kura.clickstream.domain.EventKind;
import com.japanautoparts.kura.common.problem.ProblemException;

/**
 * Screens, pseudonymises and stores a batch of events in one transaction with JDBC batch inserts.
 * Conversions are credited at ingest, from the landings of the same session still linkable (see README).
 */
@ApplicationScoped
public class IngestService {

    /** Events may arrive late (offline browsers, retries), but not by more than this. */
    static final Duration MAX_AGE = Duration.ofHours(24);
    static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private static final Pattern SESSION_ID = Pattern.compile("^[\\x21-\\x7e]{8,128}$");
    private static final Pattern PATH = Pattern.compile("^/[^\\s?#\\p{Cntrl}]*$");
    private static final Pattern FEATURE = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} ._:/-]*$");
    private static final Pattern AFFILIATE_CODE = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");
    private static final Pattern QUERY = Pattern.compile("^[^\\s#\\p{Cntrl}]*$");
    private static final Pattern HOST = Pattern.compile("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$");

    private static final String INSERT = "insert into click_event (kind, pseudonym, occurred_at, network, path, referrer_host, feature,"
            + " duration_ms, affiliate_code, landing_path, order_total, currency, commission) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** One event ready to store; sessionId is kept in memory only, to attribute a conversion. */
    record Row(EventKind kind, String sessionId, Instant at, String network, String path, String referrerHost,
            String feature, Long durationMs, String affiliateCode, BigDecimal orderTotal, String currency) {
    }

    private final SecureRandom random = new SecureRandom();
    private final DataSource dataSource;
    private final PseudonymService pseudonyms;
    private final Clock clock;
    private final ClickstreamConfig config;

    public IngestService(DataSource dataSource, PseudonymService pseudonyms, Clock clock, ClickstreamConfig config) {
        this.dataSource = dataSource;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
        this.config = config;
    }

    /** Stores the whole batch or nothing: the first refused event refuses the batch (422 identifying, 400 invalid). */
    @Transactional
    public IngestResultDto ingest(List<EventDto> events) {
        Instant now = clock.instant();
        List<Row> rows = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            rows.add(screen(events.get(i), "events[" + i + "]", now));
        }
        try (Connection connection = dataSource.getConnection()) {
            int attributed = 0;
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Row row : rows) {
                    if (row.kind() != EventKind.CONVERSION) {
                        bind(insert, row, pseudonyms.today(row.sessionId()), null);
                    }
                }
                insert.executeBatch();
                // Conversions last, so a landing earlier in the same batch counts.
                boolean conversions = false;
                for (Row row : rows) {
                    if (row.kind() == EventKind.CONVERSION) {
                        Optional<Credit> credit = attribute(connection, row);
                        attributed += credit.isPresent() ? 1 : 0;
                        bind(insert, stored(row), unlinkable(), credit.orElse(null));
                        conversions = true;
                    }
                }
                if (conversions) {
                    insert.executeBatch();
                }
            }
            return new IngestResultDto(rows.size(), attributed);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing a batch of events failed: SQL state " + e.getSQLState(), e);
        }
    }

    /**
     * A conversion as it is kept, once attributed: its time to the hour only, so that no row can be joined back to an
     * order in payment-service by its time and total.
     */
    private static Row stored(Row conversion) {
        return new Row(conversion.kind(), conversion.sessionId(), conversion.at().truncatedTo(ChronoUnit.HOURS),
                conversion.network(), conversion.path(), conversion.referrerHost(), conversion.feature(),
                conversion.durationMs(), conversion.affiliateCode(), conversion.orderTotal(), conversion.currency());
    }

    /**
     * A conversion's stored pseudonym: random, so the row cannot be joined to the session's page views either (which
     * keep their time to the microsecond). Attribution has used the session's pseudonyms by then; nothing reads it later.
     */
    private byte[] unlinkable() {
        byte[] pseudonym = new byte[32];
        random.nextBytes(pseudonym);
        return pseudonym;
    }

    /** The affiliate credited with a conversion, the landing page and the commission. */
    record Credit(String affiliateCode, String landingPath, BigDecimal commission) {
    }

    /**
     * First touch: the earliest landing of a registered affiliate in the same session, no later than the
     * conversion and no earlier than the window. The session is found by recomputing its pseudonym with
     * each daily key still kept; no stable identifier is ever stored.
     */
    private Optional<Credit> attribute(Connection connection, Row conversion) throws SQLException {
        List<byte[]> candidates = pseudonyms.withinWindow(conversion.sessionId());
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String sql = "select e.affiliate_code, e.path, a.commission_rate from click_event e join affiliate a on a.code = e.affiliate_code"
                + " where e.kind = 'AFFILIATE_LANDING' and e.pseudonym in (" + "?, ".repeat(candidates.size() - 1) + "?)"
                + " and e.occurred_at <= ? and e.occurred_at >= ? order by e.occurred_at, e.id limit 1";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            int p = 1;
            for (byte[] candidate : candidates) {
                query.setBytes(p++, candidate);
            }
            query.setObject(p++, utc(conversion.at()));
            query.setObject(p, utc(conversion.at().minus(config.attribution().window())));
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                BigDecimal commission = conversion.orderTotal().multiply(rs.getBigDecimal(3)).setScale(4, RoundingMode.HALF_EVEN);
                return Optional.of(new Credit(rs.getString(1), rs.getString(2), commission));
            }
        }
    }

    private static void bind(PreparedStatement insert, Row row, byte[] pseudonym, Credit credit) throws SQLException {
        insert.setString(1, row.kind().name());
        insert.setBytes(2, pseudonym);
        insert.setObject(3, utc(row.at()));
        setString(insert, 4, row.network());
        setString(insert, 5, row.path());
        setString(insert, 6, row.referrerHost());
        setString(insert, 7, row.feature());
        if (row.durationMs() == null) {
            insert.setNull(8, Types.BIGINT);
        } else {
            insert.setLong(8, row.durationMs());
        }
        setString(insert, 9, credit != null ? credit.affiliateCode() : row.affiliateCode());
        setString(insert, 10, credit != null ? credit.landingPath() : null);
        insert.setBigDecimal(11, row.orderTotal());
        setString(insert, 12, row.currency());
        insert.setBigDecimal(13, credit != null ? credit.commission() : null);
        insert.addBatch();
    }

    private static void setString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    // --- screening: identifying content first (422), then format (400); never echo a value ---

    private static Row screen(EventDto event, String at, Instant now) {
        String sessionId = event.sessionId();
        refuseIf(IdentityScreen.screenSessionId(sessionId), at + ".sessionId");
        require(SESSION_ID.matcher(sessionId).matches(), at + ".sessionId", "must be 8-128 printable ASCII characters without spaces");
        Instant when = event.at() == null ? now : event.at();
        require(!when.isBefore(now.minus(MAX_AGE)) && !when.isAfter(now.plus(MAX_SKEW)), at + ".at",
                "must be within the last 24 hours");
        String network = null;
        if (event.clientIp() != null) {
            network = IdentityScreen.truncateIp(event.clientIp()).orElseThrow(
                    () -> invalid(at + ".clientIp", "must be an IPv4 or IPv6 address"));
        }
        if (event instanceof EventDto.PageView page) {
            String path = path(page.path(), at + ".path");
            refuseIf(IdentityScreen.screenUrl(page.query()), at + ".query");
            require(page.query() == null || QUERY.matcher(page.query()).matches(), at + ".query",
                    "must be a query string without spaces or fragment");
            return new Row(EventKind.PAGE_VIEW, sessionId, when, network, path, referrerHost(page.referrer(), at + ".referrer"),
                    null, page.dwellMs(), null, null, null);
        }
        if (event instanceof EventDto.FeatureUsed feature) {
            refuseIf(IdentityScreen.screenText(feature.feature()), at + ".feature");
            require(FEATURE.matcher(feature.feature()).matches(), at + ".feature",
                    "must be letters, digits, spaces and . _ : / -");
            return new Row(EventKind.FEATURE_USED, sessionId, when, network, null, null, feature.feature(),
                    feature.durationMs(), null, null, null);
        }
        if (event instanceof EventDto.AffiliateLanding landing) {
            refuseIf(IdentityScreen.screenText(landing.affiliateCode()), at + ".affiliateCode");
            require(AFFILIATE_CODE.matcher(landing.affiliateCode()).matches(), at + ".affiliateCode",
                    "must be 1-64 letters, digits, '_' or '-'");
            String path = landing.path() == null ? null : path(landing.path(), at + ".path");
            return new Row(EventKind.AFFILIATE_LANDING, sessionId, when, network, path, null, null, null,
                    landing.affiliateCode(), null, null);
        }
        EventDto.Conversion conversion = (EventDto.Conversion) event;
        return new Row(EventKind.CONVERSION, sessionId, when, network, null, null, null,
                null, null, conversion.orderTotal(), conversion.currency());
    }

    private static String path(String path, String field) {
        refuseIf(IdentityScreen.screenText(path), field);
        require(PATH.matcher(path).matches(), field, "must start with '/' and hold no spaces, query or fragment");
        return path;
    }

    /** Only the referrer's host is kept; its path and query are screened and dropped. */
    private static String referrerHost(String referrer, String field) {
        if (referrer == null) {
            return null;
        }
        refuseIf(IdentityScreen.screenUrl(referrer), field);
        try {
            URI uri = new URI(referrer);
            String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
            require(("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && host != null && host.length() <= 253 && HOST.matcher(host).matches(), field, "must be an absolute http(s) URL");
            return host;
        } catch (URISyntaxException e) {
            throw invalid(field, "must be an absolute http(s) URL");
        }
    }

    private static void refuseIf(Optional<IdentityScreen.Finding> finding, String field) {
        if (finding.isPresent()) {
            throw identifying(field, finding.get().phrase);
        }
    }

    static ProblemException identifying(String field, String what) {
        return ProblemException.unprocessable("Field '" + field + "' looks like it contains " + what
                + ": clickstream events must not identify a person");
    }

    private static void require(boolean ok, String field, String rule) {
        if (!ok) {
            throw invalid(field, rule);
        }
    }

    private static ProblemException invalid(String field, String rule) {
        return ProblemException.badRequest("Field '" + field + "' " + rule);
    }
}
