package com.japanautoparts.kura.common.idempotency;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Idempotency keys (common's {@link IdempotencyInterceptor}). */
@ConfigMapping(prefix = "kura.idempotency")
public interface IdempotencyConfig {

    /**
     * How long a key is remembered: a retry within it is answered with the first response; after it the key is
     * forgotten (the service's retention plan purges it, category {@link IdempotencyKeys#CATEGORY}).
     */
    @WithDefault("P1D")
    Period expiry();
}
