package io.textmend.encoding;

import java.util.Locale;

/** Where the decision about a charset came from. */
public enum DecodeSource {
    /** A byte-order mark at the start of the input. */
    BOM,
    /** The caller named the charset. */
    GIVEN,
    /** The input declared it (HTTP header, meta charset, XML declaration) and the bytes agree. */
    DECLARED,
    /** Statistical detection, or the UTF-8 validity fast path. */
    DETECTED;

    /** The lower-case name used in reports and in {@code textmend detect}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
