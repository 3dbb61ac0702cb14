package io.textmend.mojibake;

/**
 * The cheap first look: which families of mojibake could this text contain? A text without a
 * pair of neighbours that mojibake is made of (a lead-byte character next to a continuation-byte
 * character of some code page, a C1 control, a U+FFFD after a lead) returns 0 at once, and the
 * caller hands it back untouched. One table lookup per character; stateless and thread-safe.
 */
final class Suspicion {

    static final int LATIN = 1;     // Latin-1 range and windows-125x letters and symbols
    static final int CYRILLIC = 2;
    static final int GREEK = 4;
    static final int CJK = 8;
    static final int SYMBOLS = 16;  // box drawing, math, MacRoman and cp437 symbols
    static final int C1 = 32;

    /** Per char: the families it belongs to (0 for ASCII and for characters no wrong decoder makes). */
    private static final byte[] FAMILY = new byte[65536];

    static {
        for (int c = 0x80; c < 0x10000; c++) {
            FAMILY[c] = (byte) family(c);
        }
    }

    private Suspicion() {
    }

    private static int family(int c) {
        if (c <= 0x9F) {
            return C1;
        }
        if (c <= 0x24F || c >= 0x2C6 && c <= 0x2DD || c >= 0x2010 && c <= 0x2044 || c == 0x20AC || c == 0x2122
                || c == 0xFFFD || c == 0x192) {
            return LATIN;
        }
        if (c >= 0x400 && c <= 0x4FF) {
            return CYRILLIC;
        }
        if (c >= 0x370 && c <= 0x3FF) {
            return GREEK;
        }
        if (c >= 0x2190 && c <= 0x25FF || c >= 0xFB01 && c <= 0xFB02 || c == 0x2116 || c == 0x2219
                || c == 0x221A || c == 0x25CA || c == 0xF8FF) {
            return SYMBOLS;
        }
        if (c >= 0x3000 && c <= 0x9FFF || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF
                || c >= 0xFF00 && c <= 0xFFEF || c >= 0xE000 && c <= 0xE4C5) {
            return CJK;
        }
        return 0;
    }

    /**
     * The families of mojibake the text may hold, or 0 when it is certainly clean: there must be
     * two neighbouring non-ASCII characters of a family (or a C1 control, or an "Ã " pair).
     */
    static int scan(CharSequence s) {
        int n = s.length();
        int mask = 0;
        int prev = 0;
        char prevChar = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c == ' ' || c == '?') {
                    if (prev != 0 && prevChar >= 0xC0) {
                        mask |= prev; // "Ã " and "Ã?": a lost continuation byte
                    }
                } else if (prev == CJK && c >= 0x40) {
                    prevChar = c;
                    continue; // GBK, Big5 and Shift_JIS trail bytes may be ASCII letters
                }
                prev = 0;
                continue;
            }
            int f = FAMILY[c];
            if (f == C1) {
                mask |= C1 | LATIN;
            } else if (f != 0 && prev != 0) {
                mask |= f | prev;
            }
            prev = f;
            prevChar = c;
        }
        return mask;
    }

    /** True when the text has anything mojibake could be made of. */
    static boolean anySuspicious(CharSequence s) {
        return scan(s) != 0;
    }
}
