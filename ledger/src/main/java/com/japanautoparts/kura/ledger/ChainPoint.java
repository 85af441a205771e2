package com.japanautoparts.kura.ledger;

/** A position in a hash chain and the hash of the link there (position 0 with the genesis hash: before the first link). */
public record ChainPoint(long position, String hash) {

    public static final ChainPoint GENESIS = new ChainPoint(0, ChainHash.GENESIS);
}
