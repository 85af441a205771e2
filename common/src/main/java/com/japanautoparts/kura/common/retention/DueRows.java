package com.japanautoparts.kura.common.retention;

import java.time.Instant;
import java.util.Set;

/**
 * The rows of one category that lie before a cutoff and belong to no held subject. The dry run counts with
 * {@link #count}, the purge deletes with {@link #delete}: the same selection, so the dry run says what the purge does.
 * Most services declare them as SQL ({@link RetentionQueries}); a category with its own rules implements this.
 */
public interface DueRows {

    long count(Instant cutoff, Set<String> held);

    /** Deletes at most {@code limit} due rows in the caller's transaction; returns how many went. */
    int delete(Instant cutoff, Set<String> held, int limit);
}
