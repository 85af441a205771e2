package com.japanautoparts.kura.common.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@link VerifiedTokenCache}: how many verified bearer tokens a service remembers, and for how long at most. */
@ConfigMapping(prefix = "kura.security.verified-tokens")
public interface VerifiedTokenConfig {

    /**
     * Tokens remembered at most (each with its identity: a few KB, estimated, not measured); 0 verifies every request's
     * token in full.
     */
    @WithDefault("2000")
    int maxEntries();

    /** The longest a verified token is remembered, even when its {@code exp} is later. */
    @WithDefault("PT5M")
    Duration maxAge();
}
