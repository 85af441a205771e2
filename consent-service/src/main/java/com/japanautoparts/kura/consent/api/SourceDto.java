package com.japanautoparts.kura.consent.api;

/** How a consent was given or withdrawn: the channel and the page, e.g. web / account-login-page. */
public record SourceDto(String channel, String page) {
}
