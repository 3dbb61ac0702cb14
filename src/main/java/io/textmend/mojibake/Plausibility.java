package io.textmend.mojibake;

/**
 * Scores how plausible a piece of text is as something a person wrote, to decide whether a
 * candidate repair clearly wins over the text as it stands.
 */
final class Plausibility {

    private Plausibility() {
    }

    /** True when {@code fixed} (a single-byte repair of {@code run}) is clearly better. */
    static boolean better(String fixed, String run) {
        if (fixed.codePointCount(0, fixed.length()) >= run.length()) {
            return false;
        }
        return !hasControlOrPrivate(fixed);
    }

    /** True when {@code fixed} (a GBK-read repair of {@code run}) is clearly better. */
    static boolean betterThanGbk(String fixed, String run) {
        if (hasControlOrPrivate(fixed)) {
            return false;
        }
        boolean hasNonCjk = false;
        for (int i = 0; i < fixed.length(); i++) {
            char c = fixed.charAt(i);
            if (c >= 0x80 && !(c >= 0x3000 && c <= 0x9FFF) && !(c >= 0xAC00 && c <= 0xD7AF)) {
                hasNonCjk = true;
            }
        }
        return hasNonCjk;
    }

    private static boolean hasControlOrPrivate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c <= 0x9F || c >= 0xE000 && c <= 0xF8FF || c == '\uFFFD') {
                return true;
            }
        }
        return false;
    }
}
