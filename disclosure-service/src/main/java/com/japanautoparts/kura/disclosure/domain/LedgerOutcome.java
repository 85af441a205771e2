package com.japanautoparts.kura.disclosure.domain;

/** What became of an attempt to take personal data out: released, or refused (and why is recorded beside it). */
public enum LedgerOutcome {
    DISCLOSED, REFUSED
}
