package com.japanautoparts.kura.common.subject;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How an export document is read while it is written ({@link ExportDocument}). */
@ConfigMapping(prefix = "kura.subject-export")
public interface SubjectExportConfig {

    /**
     * Rows read per page of a streamed array: what is held at a time, whatever the number of rows (a service's tests set it
     * small, so that their few rows span several pages).
     */
    @WithDefault("200")
    int pageSize();
}
