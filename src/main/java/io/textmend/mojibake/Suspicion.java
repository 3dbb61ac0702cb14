package io.textmend.mojibake;

/**
 * The cheap first look: does this text contain anything that mojibake is made of? Clean ASCII and
 * text without such characters returns at once.
 */
final class Suspicion {

    private Suspicion() {
    }

    /** True when the text has a character that could be part of mojibake. */
    static boolean anySuspicious(CharSequence s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && isSuspicious(c)) {
                return true;
            }
        }
        return false;
    }

    static boolean isSuspicious(char c) {
        // Latin-1 supplement and Latin Extended-A/B, Cyrillic and Greek from single-byte mix-ups,
        // general punctuation, CJK and kana from multi-byte mix-ups, the euro sign, half-width forms.
        return c >= 0x80 && c <= 0x24F || c >= 0x370 && c <= 0x4FF || c >= 0x2000 && c <= 0x22FF
                || c >= 0x2500 && c <= 0x25FF || c >= 0x3000 && c <= 0x30FF || c >= 0x4E00 && c <= 0x9FFF
                || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFFEF;
    }
}
