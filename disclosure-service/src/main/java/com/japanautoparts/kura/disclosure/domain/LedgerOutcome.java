package com.japanautoparts.kura.disclosure.domain;

/**
 * What became of an attempt to take personal data out: released, or refused (and why is recorded beside it); and the
 * notices of corrections and erasures passed on to the recipients that received the data, and their acknowledgements.
 */
public enum LedgerOutcome {
    DISCLOSED, REFUSED,
    /** A recipient was told of a correction or erasure of data it received (GDPR Art. 19); the kind is the row's reason. */
    NOTIFIED,
    /** A recipient acknowledged such a notice. */
    ACKNOWLEDGED
}
