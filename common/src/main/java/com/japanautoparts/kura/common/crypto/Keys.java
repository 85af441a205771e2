package com.japanautoparts.kura.common.crypto;

import java.util.Base64;

/** Keys as configuration gives them: base64 of 32 bytes. */
final class Keys {

    private static final int KEY_BYTES = 32;

    private Keys() {
    }

    static byte[] decode(String base64, String property) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " must be " + KEY_BYTES + " bytes, base64-encoded");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(property + " must be " + KEY_BYTES + " bytes, base64-encoded");
        }
        return bytes;
    }
}
