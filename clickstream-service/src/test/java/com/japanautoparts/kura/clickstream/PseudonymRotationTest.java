package com.japanautoparts.kura.clickstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.clickstream.service.PseudonymService;
import com.japanautoparts.kura.common.retention.PurgeTrigger;
import com.japanautoparts.kura.common.retention.RetentionService;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.Rows;
import com.japanautoparts.kura.testing.MovableClock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The same session is stored under a different value each UTC day, and the retention purge discards old keys. */
@QuarkusTest
@TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
class PseudonymRotationTest {

    @Inject
    MovableClock clock;

    @Inject
    DataSource dataSource;

    @Inject
    PseudonymService pseudonyms;

    @Inject
    RetentionService retention;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void sameSessionSameDaySameValueNextDayAnother() {
        String session = Events.unique("s-rotate-");
        String path = "/" + Events.unique("rotation-");

        Events.post(Events.batch(Events.pageView(session, path), Events.pageView(session, path))).then().statusCode(200);
        clock.moveBy(Duration.ofDays(1));
        Events.post(Events.batch(Events.pageView(session, path))).then().statusCode(200);

        List<byte[]> stored = Rows.rows(dataSource, "select pseudonym from click_event where path = ? order by id", path)
                .stream().map(row -> (byte[]) row.get(0)).toList();
        assertEquals(3, stored.size());
        assertTrue(Arrays.equals(stored.get(0), stored.get(1)), "same day, same value");
        assertFalse(Arrays.equals(stored.get(1), stored.get(2)), "next day, another value");
        byte[] raw = session.getBytes(StandardCharsets.UTF_8);
        stored.forEach(value -> {
            assertEquals(16, value.length);
            assertFalse(Arrays.equals(raw, Arrays.copyOf(value, raw.length)), "the session pseudonym itself is never stored");
        });
    }

    @Test
    void keysOlderThanTheAttributionWindowAreDiscarded() {
        String session = Events.unique("s-discard-");
        clock.moveBy(Duration.ofDays(400));
        LocalDate first = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Events.post(Events.batch(Events.pageView(session, "/" + Events.unique("discard-")))).then().statusCode(200);
        assertEquals(1, Rows.count(dataSource, "select count(*) from daily_key where day = ?", first));
        byte[] before = pseudonyms.withinWindow(session).get(0);

        clock.moveBy(Duration.ofDays(8));
        retention.purge(PurgeTrigger.SCHEDULE, "test");

        assertEquals(0, Rows.count(dataSource, "select count(*) from daily_key where day = ?", first));
        assertEquals(0, Rows.count(dataSource, "select count(*) from daily_key where day < ?", pseudonyms.firstKeptDay()));
        assertTrue(pseudonyms.withinWindow(session).stream().noneMatch(value -> Arrays.equals(value, before)),
                "the discarded day's pseudonym can no longer be recomputed");
        assertNotEquals(first, pseudonyms.firstKeptDay());
    }
}
