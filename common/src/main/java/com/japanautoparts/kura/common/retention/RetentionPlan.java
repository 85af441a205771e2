package com.japanautoparts.kura.common.retention;

import java.util.List;

/** What a service keeps and for how long: the one thing each service declares about retention. */
public interface RetentionPlan {

    /** The categories, in the order they are purged. */
    List<RetentionCategory> categories();
}
