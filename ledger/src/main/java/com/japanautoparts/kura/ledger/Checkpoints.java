package com.japanautoparts.kura.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.common.problem.ProblemException;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Signed checkpoints of this service's ledger: its head (position, hash, time), signed with the service's Ed25519 key at a
 * fixed interval when it moved ({@code kura.ledger.checkpoints.every}) and on demand, kept in the service's own database
 * and handed to the witness (the other ledger's service), which keeps them outside it. A checkpoint the witness has not
 * confirmed is handed over again ({@code retry-every}) until it does.
 * <p>
 * A head is signed only when the chain still passes through the newest checkpoint, unchanged, and every link after it
 * follows: a shortened or rewritten ledger never gets a new checkpoint (409, and an error in the log).
 */
@ApplicationScoped
public class Checkpoints {

    private static final int PAGE = 1000;

    private final Ledger ledger;
    private final CheckpointLog log;
    private final CheckpointSigner signer;
    private final Witness witness;
    private final Clock clock;

    public Checkpoints(Ledger ledger, CheckpointLog log, CheckpointSigner signer, Witness witness, Clock clock) {
        this.ledger = ledger;
        this.log = log;
        this.signer = signer;
        this.witness = witness;
        this.clock = clock;
    }

    /**
     * Signs the head now and hands every unconfirmed checkpoint to the witness; returns the newest, witnessed. 409 when the
     * ledger does not extend its newest checkpoint or the witness refuses; 503 (Retry-After) when the witness cannot be
     * reached: the checkpoint is kept and handed over again.
     */
    public LoggedCheckpoint takeNow() {
        LoggedCheckpoint taken = sign();
        deliver();
        return log.newest().filter(c -> c.id() == taken.id()).orElse(taken);
    }

    /**
     * Signs the head unless it is where the newest checkpoint already is (that one is returned). Serialised across
     * instances by a transaction lock.
     */
    @Transactional
    public LoggedCheckpoint sign() {
        log.lockForSigning();
        Optional<LoggedCheckpoint> newest = log.newest();
        ChainPoint head = ledger.head();
        if (newest.isPresent()) {
            Checkpoint last = newest.get().checkpoint();
            extendsCheckpoint(last, head);
            if (last.point().equals(head)) {
                return newest.get();
            }
        } else {
            follows(ledger.anchor(), head, null);
        }
        Checkpoint signed = signer.sign(ledger.name(), head.position(), head.hash(), Instant.now(clock),
                newest.map(c -> c.checkpoint().digest()).orElse(ChainHash.GENESIS));
        Log.infof("Ledger %s: checkpoint of position %d signed", ledger.name(), head.position());
        return log.append(signed);
    }

    /**
     * Hands the checkpoints the witness has not confirmed to it, oldest first, and records each confirmation. Throws what
     * the witness answers: {@link WitnessRefusedException} (409), or a 503 problem when it cannot be reached.
     */
    public void deliver() {
        for (LoggedCheckpoint pending : log.unwitnessed()) {
            witness.keep(pending.checkpoint());
            log.witnessed(pending.id(), Instant.now(clock));
        }
    }

    @Scheduled(every = "${kura.ledger.checkpoints.every:10m}", delayed = "${kura.ledger.checkpoints.first-run-delay:1m}",
            identity = "ledger-checkpoint", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            sign();
        } catch (ProblemException e) {
            Log.errorf("Ledger %s: no checkpoint signed: %s", ledger.name(), e.getMessage());
        }
        deliverQuietly();
    }

    @Scheduled(every = "${kura.ledger.checkpoints.retry-every:1m}", delayed = "${kura.ledger.checkpoints.first-run-delay:1m}",
            identity = "ledger-checkpoint-delivery", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void redeliver() {
        deliverQuietly();
    }

    /** Every checkpoint after a row id, oldest first: the export a mirror reads (and continues from the last id). */
    public List<CheckpointLine> export(long id, int limit) {
        return log.after(id, limit).stream().map(c -> CheckpointLine.of(c, signer.publicKey())).toList();
    }

    /** A checkpoint as the export shows it. */
    public CheckpointLine line(LoggedCheckpoint checkpoint) {
        return CheckpointLine.of(checkpoint, signer.publicKey());
    }

    /**
     * The first checkpoint (lowest position) that signs this position or a later one and whose signature verifies: what a
     * proof that a link is in the chain leads up to. Empty until the next checkpoint.
     */
    public Optional<CheckpointLine> covering(long position) {
        return log.covering(position, 20).stream().filter(c -> signer.signedByMe(c.checkpoint()))
                .filter(c -> ledger.name().equals(c.checkpoint().ledger())).findFirst().map(this::line);
    }

    /** The public key the checkpoints verify with (X.509, base64). */
    public String publicKey() {
        return signer.publicKey();
    }

    private void deliverQuietly() {
        try {
            deliver();
        } catch (WitnessRefusedException e) {
            Log.errorf("Ledger %s: %s", ledger.name(), e.getMessage());
        } catch (ProblemException e) {
            // Unreachable: logged by the witness client; handed over again at the next run.
        }
    }

    /** The ledger must still pass through the checkpoint unchanged, and every link up to the head must follow. */
    private void extendsCheckpoint(Checkpoint last, ChainPoint head) {
        if (!signer.signedByMe(last)) {
            throw refused("the newest checkpoint's signature does not verify");
        }
        if (head.position() < last.position()) {
            throw refused("the head (position " + head.position() + ") is behind the newest checkpoint (position "
                    + last.position() + ")");
        }
        ChainPoint anchor = ledger.anchor();
        ChainPoint from;
        if (last.position() > anchor.position()) {
            List<? extends ChainLink> signedLink = ledger.after(last.position() - 1, 1);
            if (signedLink.isEmpty() || signedLink.get(0).position() != last.position()
                    || !signedLink.get(0).hash().equals(last.hash()) || !signedLink.get(0).intact()) {
                throw refused("the link at position " + last.position() + " is not the one the newest checkpoint signed");
            }
            from = last.point();
        } else if (last.position() == anchor.position() && !anchor.hash().equals(last.hash())) {
            throw refused("the anchor is not the link the newest checkpoint signed");
        } else {
            // Purged past the checkpoint: the purge checked that the chain continued it up to the anchor.
            from = anchor;
        }
        follows(from, head, last);
    }

    /** Walks from a point to the head: every link must follow. */
    private void follows(ChainPoint from, ChainPoint head, Checkpoint last) {
        ChainPoint at = from;
        while (at.position() < head.position()) {
            List<? extends ChainLink> links = ledger.after(at.position(), (int) Math.min(PAGE, head.position() - at.position()));
            if (links.isEmpty()) {
                break;
            }
            for (ChainLink link : links) {
                if (!link.follows(at)) {
                    throw refused("link " + (at.position() + 1) + " does not continue the chain"
                            + (last == null ? "" : " after the newest checkpoint (position " + last.position() + ")"));
                }
                at = new ChainPoint(link.position(), link.hash());
            }
        }
        if (!at.equals(head)) {
            throw refused("the chain ends at position " + at.position() + ", not at its recorded head (position " + head.position() + ")");
        }
    }

    private ProblemException refused(String why) {
        Log.errorf("Ledger %s: no checkpoint signed: %s", ledger.name(), why);
        return ProblemException.conflict("The ledger does not extend its newest checkpoint (" + why + "): nothing was signed;"
                + " verify the ledger");
    }
}
