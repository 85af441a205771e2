package com.japanautoparts.kura.ledger;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.ledger.LedgerVerification.CheckpointView;
import com.japanautoparts.kura.ledger.LedgerVerification.InvalidCheckpoint;
import com.japanautoparts.kura.ledger.LedgerVerification.Source;

/**
 * Verifies this service's ledger: recomputes the chain from its anchor, compares its end with the recorded head, with its
 * newest {@value #MARKS} valid checkpoints beyond the anchor and with the newest one its witness keeps, and checks every
 * checkpoint's signature (the first {@value #LISTED} bad ones are listed, all are counted).
 * A link that does not follow is named; a tail cut off is reported at the first missing position; a tail rewritten is
 * reported from the first position after the last checkpoint that still matches.
 */
@ApplicationScoped
public class LedgerVerifier {

    private static final int PAGE = 500;
    /** This service's newest checkpoints the chain is compared with (besides the witness's newest): about a week at one per 10 minutes. */
    static final int MARKS = 1000;
    /** Checkpoints with a bad signature listed (all are counted). */
    static final int LISTED = 100;

    private final Ledger ledger;
    private final CheckpointLog log;
    private final CheckpointSigner signer;
    private final Witness witness;

    public LedgerVerifier(Ledger ledger, CheckpointLog log, CheckpointSigner signer, Witness witness) {
        this.ledger = ledger;
        this.log = log;
        this.signer = signer;
        this.witness = witness;
    }

    /** Asks the witness first (outside any transaction), then checks the ledger in one transaction. */
    public LedgerVerification verify() {
        return check(witness.newest(ledger.name()));
    }

    private static String missing(long from, long to) {
        return from == to ? "link " + from + " is missing" : "links " + from + " to " + to + " are missing";
    }

    /** A finding: the first position it concerns, and what it is. */
    private record Finding(long position, String problem) {
    }

    @Transactional
    LedgerVerification check(WitnessAnswer witnessed) {
        ChainPoint anchor = ledger.anchor();
        ChainPoint head = ledger.head();
        List<InvalidCheckpoint> invalid = new ArrayList<>();
        long invalidCount = 0;
        Deque<Checkpoint> newestLocal = new ArrayDeque<>();
        long afterId = 0;
        List<LoggedCheckpoint> page;
        do {
            page = log.after(afterId, PAGE);
            for (LoggedCheckpoint logged : page) {
                afterId = logged.id();
                Checkpoint checkpoint = logged.checkpoint();
                if (!signer.signedByMe(checkpoint) || !ledger.name().equals(checkpoint.ledger())) {
                    invalidCount++;
                    if (invalid.size() < LISTED) {
                        invalid.add(new InvalidCheckpoint(checkpoint.position(), checkpoint.at(), Source.LOCAL));
                    }
                    continue;
                }
                newestLocal.addLast(checkpoint);
                if (newestLocal.size() > MARKS) {
                    newestLocal.removeFirst();
                }
            }
        } while (page.size() == PAGE);
        NavigableMap<Long, Checkpoint> marks = new TreeMap<>();
        newestLocal.stream().filter(c -> c.position() >= anchor.position()).forEach(c -> marks.put(c.position(), c));

        CheckpointView against = null;
        List<Finding> findings = new ArrayList<>();
        Optional<Checkpoint> fromWitness = witnessed.newest();
        if (fromWitness.isPresent() && (!signer.signedByMe(fromWitness.get()) || !ledger.name().equals(fromWitness.get().ledger()))) {
            invalidCount++;
            invalid.add(new InvalidCheckpoint(fromWitness.get().position(), fromWitness.get().at(), Source.WITNESS));
            fromWitness = Optional.empty();
        }
        if (fromWitness.isPresent()) {
            Checkpoint c = fromWitness.get();
            against = new CheckpointView(c.position(), c.hash(), c.at(), c.keyId(), Source.WITNESS);
            Checkpoint local = marks.get(c.position());
            if (local != null && !local.hash().equals(c.hash())) {
                findings.add(new Finding(c.position(), "the witnessed checkpoint and this service's own checkpoint of position "
                        + c.position() + " sign different hashes"));
            }
            if (c.position() >= anchor.position()) {
                marks.put(c.position(), c);
            }
        } else if (!newestLocal.isEmpty()) {
            Checkpoint c = newestLocal.getLast();
            against = new CheckpointView(c.position(), c.hash(), c.at(), c.keyId(), Source.LOCAL);
        }
        Checkpoint atAnchor = marks.get(anchor.position());
        if (atAnchor != null && !atAnchor.hash().equals(anchor.hash())) {
            findings.add(new Finding(anchor.position() + 1, "the anchor (position " + anchor.position()
                    + ") is not the link a checkpoint signed"));
        }

        // Walk the chain, comparing each signed position on the way.
        ChainPoint at = anchor;
        long checked = 0;
        long lastMatch = anchor.position();
        boolean walking = true;
        boolean broken = false;
        while (walking) {
            List<? extends ChainLink> links = ledger.after(at.position(), PAGE);
            for (ChainLink link : links) {
                if (!link.follows(at)) {
                    findings.add(link.position() == at.position() + 1
                            ? new Finding(link.position(), "link " + link.position() + " does not continue the chain: "
                                    + (at.hash().equals(link.previousHash()) ? link.defect() : "the hash it names before it was changed"))
                            : new Finding(at.position() + 1, missing(at.position() + 1, link.position() - 1)));
                    broken = true;
                    walking = false;
                    break;
                }
                checked++;
                at = new ChainPoint(link.position(), link.hash());
                Checkpoint signed = marks.get(at.position());
                if (signed != null) {
                    if (!signed.hash().equals(at.hash())) {
                        findings.add(new Finding(lastMatch + 1, "link " + at.position() + " is not the one the checkpoint of "
                                + signed.at() + " signed: the chain was rewritten after position " + lastMatch));
                        broken = true;
                        walking = false;
                        break;
                    }
                    lastMatch = at.position();
                }
            }
            walking = walking && links.size() == PAGE;
        }
        Map.Entry<Long, Checkpoint> beyond = broken ? null : marks.higherEntry(at.position());
        if (beyond != null) {
            findings.add(new Finding(at.position() + 1, "the chain ends at position " + at.position() + ", but the checkpoint of "
                    + beyond.getValue().at() + " signed position " + beyond.getKey() + ": " + missing(at.position() + 1, beyond.getKey())));
        }
        if (broken) {
            // The first break says it all; what follows it cannot be judged.
        } else if (at.position() < head.position()) {
            findings.add(new Finding(at.position() + 1, "the chain ends at position " + at.position() + ", its recorded head is "
                    + head.position()));
        } else if (at.position() > head.position()) {
            findings.add(new Finding(head.position() + 1, "links after the recorded head (position " + head.position() + ")"));
        } else if (!at.hash().equals(head.hash())) {
            findings.add(new Finding(head.position(), "the recorded head's hash is not link " + head.position() + "'s"));
        }
        Optional<String> beside = ledger.besideTheChain();

        Finding first = findings.stream().min((a, b) -> Long.compare(a.position(), b.position())).orElse(null);
        String problem = first != null ? first.problem()
                : beside.orElse(invalidCount == 0 ? null : invalidCount + " checkpoint(s) with a signature that does not verify");
        boolean valid = first == null && beside.isEmpty() && invalidCount == 0;
        return new LedgerVerification(valid, checked, first == null ? null : first.position(), problem, anchor, head, at, against,
                witnessed.reachable(), List.copyOf(invalid));
    }
}
