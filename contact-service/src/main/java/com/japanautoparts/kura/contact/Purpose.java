package com.japanautoparts.kura.contact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Purposes a need-to-know projection can be asked for; each releases only what it needs. */
public enum Purpose {
    /** Carrier: name, shipping address, phone. */
    DELIVERY,
    /** Payment processor: name, billing address. */
    PAYMENT,
    /** Customer support: name, email. */
    SUPPORT;

    public static Optional<Purpose> parse(String value) {
        return Arrays.stream(values()).filter(p -> p.name().toLowerCase(Locale.ROOT).equals(value)).findFirst();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
