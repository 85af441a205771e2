package com.japanautoparts.kura.ledger;

/** One link of a hash chain, as a ledger stores it. */
public interface ChainLink {

    /** 1, 2, 3, ...: the link's place in the chain. */
    long position();

    /** The hash of the link before it (the genesis hash, or the anchor's, for the first). */
    String previousHash();

    String hash();

    /** Whether {@link #hash()} is the hash of the link's content, and anything else its ledger requires of it holds. */
    boolean intact();

    /** What is wrong with a link that is not {@link #intact()}, in words that name no one. */
    default String defect() {
        return "its content, or the hash it names before it, was changed";
    }

    /**
     * Whether the link sits right after the given position and hash and is intact: the one test verification, the purge
     * and the checkpoints apply, so nothing ever treats as sound a link that verification would flag.
     */
    default boolean follows(ChainPoint previous) {
        return position() == previous.position() + 1 && previous.hash().equals(previousHash()) && intact();
    }
}
