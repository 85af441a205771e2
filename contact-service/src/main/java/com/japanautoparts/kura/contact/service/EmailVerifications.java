package com.japanautoparts.kura.contact.service;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import com.japanautoparts.kura.common.crypto.KeyedHash;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.problem.ProblemTypes;
import com.japanautoparts.kura.contact.api.EmailDto;
import com.japanautoparts.kura.contact.api.VerificationCodeDto;
import com.japanautoparts.kura.contact.config.ContactConfig;
import com.japanautoparts.kura.contact.domain.Customer;
import com.japanautoparts.kura.contact.domain.EmailAddress;
import com.japanautoparts.kura.contact.domain.EmailVerification;

/**
 * Proving an email address with a one-time code. The storefront asks for a code for one of the customer's unverified
 * addresses and mails it (Kura sends no mail); the customer enters it. Six random digits, kept only as a keyed hash
 * (bound to the customer and the address), valid for {@code contact.email-verification.ttl}, spent after
 * {@code max-attempts} wrong tries; a new code replaces the open one, and at most {@code max-codes} are issued per
 * address in {@code codes-window} (429 with Retry-After beyond), so wrong guesses stay bounded. A verified address belongs to one customer: a
 * second customer is refused (409), here and when storing it.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = ProblemException.class)
public class EmailVerifications {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ContactMapper mapper;
    private final KeyedHash codes;
    private final ContactConfig.EmailVerification config;
    private final Clock clock;

    public EmailVerifications(ContactMapper mapper, ContactConfig config, Clock clock) {
        this.mapper = mapper;
        this.codes = KeyedHash.fromBase64(config.encryption().lookupKey(), "contact.encryption.lookup-key");
        this.config = config.emailVerification();
        this.clock = clock;
    }

    /** A new code for one of the customer's unverified addresses, for the storefront to mail. */
    public VerificationCodeDto issue(String subject, String email) {
        Customer customer = Customer.findBySubject(subject).orElseThrow(() -> ProblemException.notFound("No such customer"));
        byte[] hash = mapper.lookupHash(email);
        List<EmailAddress> held = customer.emails.stream().filter(e -> MessageDigest.isEqual(e.lookupHash, hash)).toList();
        if (held.isEmpty()) {
            throw ProblemException.notFound("The customer holds no such email address");
        }
        if (held.stream().anyMatch(e -> e.verifiedAt != null)) {
            throw ProblemException.conflict("This email address is verified already");
        }
        refuseIfVerifiedByAnother(hash, customer.id);
        Instant now = Instant.now(clock);
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        EmailVerification open = EmailVerification.findFor(customer.id, hash).orElseGet(EmailVerification::new);
        open.customerId = customer.id;
        open.lookupHash = hash;
        countIssued(open, now);
        open.codeHash = codeHash(customer.id, hash, code);
        open.issuedAt = now;
        open.expiresAt = now.plus(config.ttl());
        open.attempts = 0;
        open.persist();
        return new VerificationCodeDto(email, code, open.expiresAt, config.maxAttempts());
    }

    /** The customer proves an address with its code; the address is verified from now on. */
    public EmailDto verify(String subject, String email, String code) {
        Customer customer = Customer.findBySubject(subject).orElseThrow(() -> ProblemException.notFound("No contact data is held"));
        byte[] hash = mapper.lookupHash(email);
        EmailVerification open = EmailVerification.findFor(customer.id, hash)
                .orElseThrow(() -> ProblemException.notFound("No code was issued for this address; ask for one"));
        if (!Instant.now(clock).isBefore(open.expiresAt)) {
            // Kept (until the next code replaces it): it counts the codes issued in the window.
            throw new ProblemException(ProblemTypes.ABOUT_BLANK, Response.Status.GONE, "The code has expired; ask for a new one");
        }
        if (open.attempts >= config.maxAttempts()) {
            throw new ProblemException(ProblemTypes.ABOUT_BLANK, Response.Status.TOO_MANY_REQUESTS,
                    "Too many wrong codes; ask for a new one");
        }
        if (!MessageDigest.isEqual(open.codeHash, codeHash(customer.id, hash, code))) {
            open.attempts++;
            throw ProblemException.unprocessable("The code is wrong (" + (config.maxAttempts() - open.attempts) + " tries left)");
        }
        refuseIfVerifiedByAnother(hash, customer.id);
        Instant now = Instant.now(clock);
        List<EmailAddress> held = customer.emails.stream().filter(e -> MessageDigest.isEqual(e.lookupHash, hash)).toList();
        if (held.isEmpty()) {
            open.delete();
            throw ProblemException.notFound("The customer holds no such email address");
        }
        held.forEach(e -> e.verifiedAt = now);
        open.delete();
        return new EmailDto(email, true);
    }

    /** Counts one more code in the current window; 429 with Retry-After when the window's codes are spent. */
    private void countIssued(EmailVerification open, Instant now) {
        if (open.windowStartedAt == null || !now.isBefore(open.windowStartedAt.plus(config.codesWindow()))) {
            open.windowStartedAt = now;
            open.codesIssued = 0;
        }
        if (open.codesIssued >= config.maxCodes()) {
            long wait = Duration.between(now, open.windowStartedAt.plus(config.codesWindow())).toSeconds() + 1;
            throw ProblemException.tooManyRequests("Too many codes were asked for this address; try again later", wait);
        }
        open.codesIssued++;
    }

    /** 409 when another customer has verified the address. */
    static void refuseIfVerifiedByAnother(byte[] hash, Long customerId) {
        EmailAddress.findVerified(hash).filter(e -> !e.customer.id.equals(customerId)).ifPresent(e -> {
            throw ProblemException.conflict("This email address is verified by another customer");
        });
    }

    private byte[] codeHash(Long customerId, byte[] addressHash, String code) {
        return codes.of("email-verification:" + customerId + ":" + HexFormat.of().formatHex(addressHash) + ":" + code);
    }
}
