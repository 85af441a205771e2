package com.japanautoparts.kura.contact.domain;

/** What happened to a field in a change: stored by name and named so in the history the API shows. */
public enum ChangeKind {
    ADDED, CHANGED, REMOVED
}
