package com.japanautoparts.kura.common.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/** Every service reads time from an injected clock, so tests can move it (retention, rotation). */
@Singleton
public class ClockProducer {

    @Produces
    @DefaultBean
    @Singleton
    public Clock clock() {
        return Clock.systemUTC();
    }
}
