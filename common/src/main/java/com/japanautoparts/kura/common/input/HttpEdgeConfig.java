package com.japanautoparts.kura.common.input;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The limits {@link HttpEdge} and {@link RequestBodyScreen} enforce with problem responses. The HTTP layer's own limits
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}, {@code max-body-size}) are set well
 * above these in common's defaults, so that a long URI, large headers or a large body reach these checks and get a
 * problem document instead of a bare status.
 */
@ConfigMapping(prefix = "kura.http")
public interface HttpEdgeConfig {

    /** The longest request line (method, target, version) accepted; longer is 414. */
    @WithDefault("4096")
    int maxRequestLine();

    /** The most header bytes (names and values) accepted; more is 431. */
    @WithDefault("20480")
    int maxHeaderBytes();

    /** The largest request body accepted, announced or chunked; larger is 413. */
    @WithDefault("64K")
    MemorySize maxBodySize();
}
