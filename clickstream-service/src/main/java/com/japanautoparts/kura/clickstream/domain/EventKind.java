package com.japanautoparts.kura.clickstream.domain;

/** The kinds of navigation events the storefront may send. */
public enum EventKind {
    PAGE_VIEW, FEATURE_USED, AFFILIATE_LANDING, CONVERSION
}
