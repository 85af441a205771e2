package com.japanautoparts.kura.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * Replaces kura-common's clock in a service's tests: the system time, moved forward on demand. An alternative, so
 * that it takes over only where chosen ({@code %test.quarkus.arc.selected-alternatives=
 * com.japanautoparts.kura.testing.MovableClock}) and never clashes with a clock a module's tests bring themselves.
 */
@Alternative
@Singleton
public class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void moveBy(Duration duration) {
        offset = offset.plus(duration);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
