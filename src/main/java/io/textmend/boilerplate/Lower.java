package io.textmend.boilerplate;

import java.util.Locale;

/**
 * Root-locale lower casing into char arrays, char for char, giving exactly what
 * {@code String.toLowerCase(Locale.ROOT)} gives. The JDK maps every char with
 * {@link Character#toLowerCase(int)} except a few that need context or grow: {@code İ} (U+0130, two
 * chars), {@code Σ} (U+03A3, final sigma depends on the neighbours) and surrogates (code points
 * outside the BMP). A text holding one of those is lower-cased by {@code String.toLowerCase}
 * instead, so the result is the same in every case. Stateless.
 */
final class Lower {

    private Lower() {
    }

    /** True when lower-casing {@code c} char for char could differ from {@code String.toLowerCase}. */
    static boolean needsString(char c) {
        return c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c);
    }

    /**
     * The first {@code limit} chars of {@code s} (all of it when shorter), lower-cased: the chars of
     * {@code s.substring(0, limit).toLowerCase(Locale.ROOT)}, in an array of exactly that length.
     */
    static char[] prefix(String s, int limit) {
        int n = Math.min(limit, s.length());
        char[] a = new char[n];
        s.getChars(0, n, a, 0);
        return inPlace(a, n) ? a : s.substring(0, n).toLowerCase(Locale.ROOT).toCharArray();
    }

    /**
     * Lower-cases {@code a[0, n)} in place; false (with {@code a} partly changed) when the text needs
     * {@code String.toLowerCase}.
     */
    static boolean inPlace(char[] a, int n) {
        for (int i = 0; i < n; i++) {
            char c = a[i];
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    a[i] = (char) (c + 32);
                }
                continue;
            }
            if (needsString(c)) {
                return false;
            }
            int l = Character.toLowerCase((int) c);
            if (l > 0xFFFF) {
                return false;
            }
            a[i] = (char) l;
        }
        return true;
    }

    /** {@link Character#isLetterOrDigit(int)}, without the table lookup for ASCII. */
    static boolean isLetterOrDigit(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    /** {@link Character#isWhitespace(int)}, without the table lookup for ASCII. */
    static boolean isWhitespace(int c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f;
        }
        return Character.isWhitespace(c);
    }
}
