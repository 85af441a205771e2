package com.japanautoparts.kura.common.input;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The limits {@link HttpEdge} enforces with problem responses. The HTTP codec's own limits
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set well above these in common's
 * defaults, so that a long URI or large headers reach this check and get a problem document.
 */
@ConfigMapping(prefix = "kura.http")
public interface HttpEdgeConfig {

    /** The longest request line (method, target, version) accepted; longer is 414. */
    @WithDefault("4096")
    int maxRequestLine();

    /** The most header bytes (names and values) accepted; more is 431. */
    @WithDefault("20480")
    int maxHeaderBytes();
}
