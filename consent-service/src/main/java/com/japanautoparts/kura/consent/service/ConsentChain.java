package com.japanautoparts.kura.consent.service;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.consent.api.ConsentProofDto;
import com.japanautoparts.kura.consent.domain.ConsentChainHead;
import com.japanautoparts.kura.consent.domain.ConsentChainLink;
import com.japanautoparts.kura.consent.domain.ConsentRecord;
import com.japanautoparts.kura.consent.domain.ConsentRecordRemoval;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.ledger.ChainLink;
import com.japanautoparts.kura.ledger.ChainPoint;
import com.japanautoparts.kura.ledger.CheckpointLine;
import com.japanautoparts.kura.ledger.Checkpoints;
import com.japanautoparts.kura.ledger.Ledger;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.inject.Provider;

/**
 * The consent ledger's hash chain (issue 16): every record a link, in {@code consent_chain}; kura-ledger's checkpoints and
 * verification read it through this bean. A link holds the record's id and hash; the record may later go (erasure,
 * retention) with its removal recorded, and the chain still verifies. Links are never purged, so the chain starts at the
 * genesis hash.
 */
@ApplicationScoped
public class ConsentChain implements Ledger {

    public static final String NAME = "consent";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** How a customer or a regulator checks a proof with nothing but it (the same steps are in the README). */
    static final String HOW_TO_CHECK = "1. recordHash = SHA-256 (hex) over the canonical form of the record's fields in the order"
            + " given, the salt last: each field written as <length>:<value>; (a missing one as -;). 2. hash = SHA-256 over the"
            + " canonical form of position, recordId, recordHash, previousHash. 3. For each following link in order: its hash ="
            + " SHA-256 over the canonical form of its position, recordId, recordHash and the hash before it. 4. The last hash"
            + " and position are the checkpoint's. 5. The checkpoint's signature (Ed25519, base64) verifies over the canonical"
            + " form of kura-ledger-checkpoint/1, ledger, position, hash, at, previous, keyId with publicKey (X.509, base64),"
            + " whose keyId is the first 16 hex digits of SHA-256 over the key. Compare the key with the one the privacy officer"
            + " publishes.";

    private final Provider<Checkpoints> checkpoints;

    public ConsentChain(Provider<Checkpoints> checkpoints) {
        this.checkpoints = checkpoints;
    }

    /** A new record's salt: 16 random bytes, hex. */
    public static String salt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /** Chains a record just persisted (its id assigned) as the next link; the head is locked until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ConsentChainLink append(ConsentRecord record) {
        ConsentChainHead head = ConsentChainHead.locked();
        ConsentChainLink link = new ConsentChainLink();
        link.position = head.lastPosition + 1;
        link.recordId = record.id;
        link.recordHash = record.computeHash();
        link.previousHash = head.lastHash;
        link.hash = link.computeHash();
        link.persist();
        head.lastPosition = link.position;
        head.lastHash = link.hash;
        return link;
    }

    /** Records written before the chain existed (ids up to the head's {@code unchainedUntil}) are chained once, in id order. */
    @Transactional
    void chainRecordsFromBeforeTheChain(@Observes StartupEvent start) {
        ConsentChainHead head = ConsentChainHead.locked();
        if (head.unchainedUntil == 0) {
            return;
        }
        List<ConsentRecord> unchained = ConsentRecord.list(
                "id <= ?1 and id not in (select l.recordId from ConsentChainLink l) order by id", head.unchainedUntil);
        unchained.forEach(this::append);
        if (!unchained.isEmpty()) {
            Log.infof("Chained %d consent records written before the chain existed", unchained.size());
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ChainPoint anchor() {
        return ChainPoint.GENESIS;
    }

    @Override
    public ChainPoint head() {
        ConsentChainHead head = ConsentChainHead.current();
        return new ChainPoint(head.lastPosition, head.lastHash);
    }

    /** A page of links, each with its record (or the record's removal); the persistence context is emptied first. */
    @Override
    public List<? extends ChainLink> after(long position, int limit) {
        ConsentRecord.getEntityManager().clear();
        List<ConsentChainLink> links = ConsentChainLink.after(position, limit);
        if (links.isEmpty()) {
            return List.of();
        }
        Map<Long, ConsentRecord> records = ConsentRecord.<ConsentRecord> list("id in ?1", links.stream().map(l -> l.recordId).toList())
                .stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<Long, ConsentRecordRemoval> removals = ConsentRecordRemoval.at(links.stream().map(l -> l.position).toList())
                .stream().collect(Collectors.toMap(r -> r.position, Function.identity()));
        return links.stream().map(l -> new Link(l, records.get(l.recordId), removals.get(l.position))).toList();
    }

    /** Records written beside the chain (no link names them): a forged record, never one the service wrote. */
    @Override
    public Optional<String> besideTheChain() {
        Object[] unchained = (Object[]) ConsentRecord.getEntityManager().createNativeQuery(
                "select count(*), min(r.id) from consent_record r where not exists (select 1 from consent_chain l where l.record_id = r.id)",
                Object[].class).getSingleResult();
        long count = ((Number) unchained[0]).longValue();
        return count == 0 ? Optional.empty()
                : Optional.of(count + " consent record(s) are not in the chain, the first record " + unchained[1]);
    }

    /**
     * The proof that one of the subject's records is in the chain up to a signed checkpoint; empty when the subject has no
     * such record.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ConsentProofDto> proof(String subject, long recordId) {
        ConsentRecord record = ConsentRecord.findById(recordId);
        if (record == null || !record.subject.equals(subject)) {
            return Optional.empty();
        }
        ConsentChainLink link = ConsentChainLink.ofRecord(recordId)
                .orElseThrow(() -> ProblemException.conflict("This record is not in the chain yet"));
        Optional<CheckpointLine> checkpoint = checkpoints.get().covering(link.position);
        List<ConsentProofDto.FollowingLink> following = checkpoint
                .map(c -> ConsentChainLink.between(link.position + 1, c.position()).stream()
                        .map(l -> new ConsentProofDto.FollowingLink(l.position, l.recordId, l.recordHash)).toList())
                .orElse(List.of());
        return Optional.of(new ConsentProofDto(record.id, link.position, ConsentProofDto.HashedRecord.of(record.hashedFields()),
                link.recordHash, link.previousHash, link.hash, following, checkpoint.orElse(null), HOW_TO_CHECK));
    }

    /** A link as verification sees it: sound when its hash holds and its record is there, unchanged, or its removal is recorded. */
    record Link(ConsentChainLink link, ConsentRecord record, ConsentRecordRemoval removal) implements ChainLink {

        @Override
        public long position() {
            return link.position;
        }

        @Override
        public String previousHash() {
            return link.previousHash;
        }

        @Override
        public String hash() {
            return link.hash;
        }

        @Override
        public boolean intact() {
            return link.computeHash().equals(link.hash) && (record != null ? record.computeHash().equals(link.recordHash)
                    : removal != null && removal.recordId == link.recordId);
        }

        @Override
        public String defect() {
            if (!link.computeHash().equals(link.hash)) {
                return "the link itself was changed";
            }
            return record == null ? "its record " + link.recordId + " is gone, and no removal of it is recorded"
                    : "its record " + link.recordId + " was changed";
        }
    }
}
