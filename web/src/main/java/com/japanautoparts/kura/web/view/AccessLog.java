package com.japanautoparts.kura.web.view;

import java.util.List;

/**
 * "Who at the store looked at my data" (contact-service's access log) in plain words, newest first: a page of its own
 * beside "who received my data" (third parties, from the ledger).
 */
public record AccessLog(List<Read> reads) {

    /** One look at my contact data: when, and the sentence saying who, why and what. */
    public record Read(String at, String sentence) {
    }
}
