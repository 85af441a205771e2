package com.japanautoparts.kura.clickstream;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.clickstream.api.AffiliateRequestDto;
import com.japanautoparts.kura.clickstream.service.AffiliateService;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.Rows;
import com.japanautoparts.kura.testing.MovableClock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** First touch in the same pseudonymous session, within the window, credited at conversion time. */
@QuarkusTest
@TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
class AttributionTest {

    static final String FIRST = "attr-first";
    static final String SECOND = "attr-second";

    @Inject
    MovableClock clock;

    @Inject
    DataSource dataSource;

    @Inject
    AffiliateService affiliates;

    private String session;
    private String total;

    @BeforeEach
    void twoAffiliates() {
        affiliates.put(FIRST, new AffiliateRequestDto("First", null, new BigDecimal("0.05")));
        affiliates.put(SECOND, new AffiliateRequestDto("Second", null, new BigDecimal("0.10")));
        session = Events.unique("s-attr-");
        // A unique order total finds this test's conversion again.
        total = ThreadLocalRandom.current().nextInt(100_000, 999_999) + ".5";
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theFirstLandingOfTheSessionIsCredited() {
        Instant now = clock.instant();
        Events.post(Events.batch(
                Events.landingAt(session, FIRST, "/first-link", now.minus(Duration.ofHours(3)).toString()),
                Events.landingAt(session, SECOND, "/second-link", now.minus(Duration.ofHours(1)).toString())))
                .then().statusCode(200);

        Events.post(Events.batch(Events.conversion(session, total, "JPY"))).then().statusCode(200)
                .body("attributedConversions", equalTo(1));

        assertEquals(List.of(FIRST, "/first-link", new BigDecimal(total).multiply(new BigDecimal("0.05")).setScale(4)), credit());
    }

    @Test
    void aLandingInTheSameBatchCounts() {
        Events.post(Events.batch(Events.conversion(session, total, "JPY"), Events.landing(session, SECOND, "/in-batch")))
                .then().statusCode(200).body("attributedConversions", equalTo(1));
        assertEquals(SECOND, credit().get(0));
    }

    @Test
    void anotherSessionsLandingIsNotCredited() {
        Events.post(Events.batch(Events.landing(Events.unique("s-other-"), FIRST, "/x"))).then().statusCode(200);
        Events.post(Events.batch(Events.conversion(session, total, "JPY"))).then().statusCode(200)
                .body("attributedConversions", equalTo(0));
        assertEquals(Arrays.asList(null, null, null), credit());
    }

    @Test
    void aLandingAfterTheConversionIsNotCredited() {
        Instant now = clock.instant();
        Events.post(Events.batch(
                Events.conversionAt(session, total, "JPY", now.minus(Duration.ofHours(2)).toString()),
                Events.landingAt(session, FIRST, "/late", now.minus(Duration.ofHours(1)).toString())))
                .then().statusCode(200).body("attributedConversions", equalTo(0));
    }

    @Test
    void aLandingOfAnUnknownAffiliateIsNotCredited() {
        Events.post(Events.batch(Events.landing(session, "attr-unknown", "/x"), Events.conversion(session, total, "JPY")))
                .then().statusCode(200).body("attributedConversions", equalTo(0));
    }

    @Test
    void aLandingDaysAgoWithinTheWindowIsCreditedAcrossKeyRotation() {
        Events.post(Events.batch(Events.landing(session, FIRST, "/days-ago"))).then().statusCode(200);
        clock.moveBy(Duration.ofDays(6));
        Events.post(Events.batch(Events.conversion(session, total, "JPY"))).then().statusCode(200)
                .body("attributedConversions", equalTo(1));
        assertEquals(FIRST, credit().get(0));
    }

    @Test
    void aLandingOutsideTheWindowIsNotCredited() {
        Events.post(Events.batch(Events.landing(session, FIRST, "/too-old"))).then().statusCode(200);
        clock.moveBy(Duration.ofDays(8));
        Events.post(Events.batch(Events.conversion(session, total, "JPY"))).then().statusCode(200)
                .body("attributedConversions", equalTo(0));
    }

    @Test
    void aStoredConversionKeepsTheHourOnlyAndCannotBeJoinedToItsSession() {
        Events.post(Events.batch(Events.landing(session, FIRST, "/parts"), Events.conversion(session, total, "JPY")))
                .then().statusCode(200).body("attributedConversions", equalTo(1));
        List<List<Object>> rows = Rows.rows(dataSource, """
                select extract(minute from occurred_at) + extract(second from occurred_at),
                       (select count(*) from click_event l where l.pseudonym = c.pseudonym and l.id <> c.id)
                  from click_event c where kind = 'CONVERSION' and order_total = ?""", new BigDecimal(total));
        assertEquals(1, rows.size());
        assertEquals(0, ((Number) rows.get(0).get(0)).intValue(), "no minutes, seconds or microseconds");
        assertEquals(0L, ((Number) rows.get(0).get(1)).longValue(), "its pseudonym is no other event's, not even its landing's");
        assertEquals(FIRST, credit().get(0), "attribution itself used the session");
    }

    private List<Object> credit() {
        List<List<Object>> rows = Rows.rows(dataSource,
                "select affiliate_code, landing_path, commission from click_event where kind = 'CONVERSION' and order_total = ?",
                new BigDecimal(total));
        assertEquals(1, rows.size());
        return rows.get(0);
    }
}
