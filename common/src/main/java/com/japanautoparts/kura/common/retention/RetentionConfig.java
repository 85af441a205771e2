package com.japanautoparts.kura.common.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The mechanics of every service's purge; the periods are each service's own configuration. */
@ConfigMapping(prefix = "kura.retention")
public interface RetentionConfig {

    /** How often the scheduled purge runs ({@code off} in tests). */
    @WithDefault("6h")
    String every();

    /** How long after start the first scheduled purge waits. */
    @WithDefault("10m")
    String firstRunDelay();

    /** Rows deleted per transaction, so a large purge never holds long locks. */
    @WithDefault("1000")
    int batchSize();
}
