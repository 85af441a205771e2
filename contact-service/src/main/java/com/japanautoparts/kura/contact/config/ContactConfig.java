package com.japanautoparts.kura.contact.config;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "contact")
public interface ContactConfig {

    Encryption encryption();

    Retention retention();

    AccessLog accessLog();

    EmailVerification emailVerification();

    ChangeReports changeReports();

    /** One-time codes that prove an email address (issued to the storefront's mailer, kept hashed). */
    interface EmailVerification {

        /** How long a code holds. */
        @WithDefault("PT15M")
        java.time.Duration ttl();

        /** Wrong codes after which the code is spent and a new one must be asked for. */
        @WithDefault("5")
        int maxAttempts();

        /**
         * Codes that may be issued for one address of one customer in {@link #codesWindow()}: with the wrong-code
         * limit, at most {@code max-codes x max-attempts} guesses of a six-digit code per window.
         */
        @WithDefault("5")
        int maxCodes();

        @WithDefault("PT24H")
        java.time.Duration codesWindow();
    }

    /** The outbox of corrections and erasures reported to disclosure-service (GDPR Art. 19 notices). */
    interface ChangeReports {

        /** How often due reports are sent (a Quarkus scheduler interval, or {@code off}). */
        @WithDefault("2s")
        String sendEvery();

        /** Reports sent per run. */
        @WithDefault("50")
        int batchSize();

        /** The wait after the first failed attempt; doubled after each further one, up to {@code max-backoff}. */
        @WithDefault("PT5S")
        java.time.Duration backoff();

        @WithDefault("PT10M")
        java.time.Duration maxBackoff();
    }

    interface Encryption {

        /** Base64 of the 256-bit AES key that encrypts every personal field at rest. */
        String key();

        /** Base64 of the HMAC-SHA256 key for exact-match look-up of encrypted emails. */
        String lookupKey();
    }

    /** How long each category is kept (calendar periods); the README gives the reason for each default. */
    interface Retention {

        /** Contact data of a customer with no activity for this long is deleted. */
        @WithDefault("P3Y")
        Period inactiveCustomers();

        /** Change-history entries older than this are deleted. */
        @WithDefault("P2Y")
        Period changeHistory();

        /** Under storage pressure, change history is kept only this long. */
        @WithDefault("P90D")
        Period changeHistoryUnderPressure();

        /** Access-log entries (who read a customer's contact data) older than this are deleted. */
        @WithDefault("P2Y")
        Period accessLog();

        /** Under storage pressure, access-log entries are kept only this long. */
        @WithDefault("P90D")
        Period accessLogUnderPressure();
    }

    /**
     * The access log: every read of a customer's contact data by someone other than the customer is queued in memory
     * (bounded) before the data leaves, and written in batches off the request path. A full queue refuses the read.
     */
    interface AccessLog {

        /** How many reads may wait in memory for the next write; when full, reads are refused (503) until it drains. */
        @WithDefault("10000")
        int capacity();

        /** How often the queue is written (a Quarkus scheduler interval such as {@code 1s}). */
        @WithDefault("1s")
        String flushEvery();

        /** Rows per insert transaction. */
        @WithDefault("500")
        int batchSize();

        /** Seconds a refused reader is told to wait (Retry-After). */
        @WithDefault("5")
        int retryAfterSeconds();

        /** Reads by one reader in one hour above which the officer's view marks the hour anomalous. */
        @WithDefault("2000")
        long anomalyReadsPerHour();

        /** Look-ups that found nobody, by one reader in one hour, above which the hour is anomalous (enumeration). */
        @WithDefault("50")
        long anomalyMissesPerHour();
    }
}
