package com.japanautoparts.kura.ledger;

import java.util.List;
import java.util.Optional;

/**
 * A service's hash-chained ledger, as the checkpoints and the verification read it (one bean per service). Reads run in
 * the caller's transaction.
 */
public interface Ledger {

    /** Its name in checkpoints: {@code disclosure}, {@code consent}. */
    String name();

    /** Where the remaining chain starts: the last purged link (or position 0 with the genesis hash). */
    ChainPoint anchor();

    /** The last position and hash as the ledger records them after each append. */
    ChainPoint head();

    /** The links after a position, in chain order, at most {@code limit}. */
    List<? extends ChainLink> after(long position, int limit);

    /**
     * What a walk along the links cannot see, e.g. an entry written beside the chain; empty when nothing. Says which
     * entry, never whom it is about.
     */
    default Optional<String> besideTheChain() {
        return Optional.empty();
    }
}
