package com.japanautoparts.kura.consent.api;

import java.util.List;

import com.japanautoparts.kura.ledger.CheckpointLine;

/**
 * A customer's proof that one of their consent records is in the consent ledger, as it was recorded: the record's fields
 * and salt (which give {@code recordHash}), its link ({@code position}, {@code previousHash}, {@code hash}), the links
 * after it up to the first signed checkpoint that covers it ({@code following}: positions, record ids and record hashes,
 * which name no one), and that checkpoint with the public key it verifies with. {@code checkpoint} is null (and
 * {@code following} empty) until the next checkpoint covers the record. {@code howToCheck} says how to check it with
 * nothing but SHA-256 and Ed25519.
 */
public record ConsentProofDto(long recordId, long position, HashedRecord record, String recordHash, String previousHash, String hash,
        List<FollowingLink> following, CheckpointLine checkpoint, String howToCheck) {

    /** The record's fields exactly as hashed, in this order, the salt last. */
    public record HashedRecord(String id, String subject, String purpose, String action, String at, String recordedAt, String channel,
            String page, String policyVersion, String noticeVersion, String userAgent, String actor, String viaGpc, String salt) {

        /** From the fields in hash order. */
        public static HashedRecord of(List<String> f) {
            return new HashedRecord(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), f.get(7), f.get(8), f.get(9),
                    f.get(10), f.get(11), f.get(12), f.get(13));
        }
    }

    /** A later link: its position, its record's id and its record's hash. */
    public record FollowingLink(long position, long recordId, String recordHash) {
    }
}
