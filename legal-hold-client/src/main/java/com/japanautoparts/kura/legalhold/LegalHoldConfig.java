package com.japanautoparts.kura.legalhold;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "kura.legal-holds")
public interface LegalHoldConfig {

    /** Seconds a caller is told to wait (Retry-After) when the legal holds cannot be read. */
    @WithDefault("30")
    int retryAfterSeconds();
}
