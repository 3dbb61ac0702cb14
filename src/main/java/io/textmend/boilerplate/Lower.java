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

    private static final int NEEDS_STRING = 1;
    private static final int WHITESPACE = 2;
    private static final int LETTER_OR_DIGIT = 4;
    private static final int LETTER = 8;
    private static final int MARK = 16;
    /** Per BMP char: {@link Character#toLowerCase(int)}, or 0 where {@link #lowerChar} gives -1. */
    private static final char[] LOWER = new char[0x10000];
    /** Per BMP char: the flags above, from the JDK's own character data. */
    private static final byte[] FLAGS = new byte[0x10000];

    static {
        // one Character.getType per char, from which isLetter (types 1-5), isLetterOrDigit (and
        // type 9) and the marks follow as the JDK defines them; isWhitespace only for the
        // separator and control types, toLowerCase only where a case mapping can exist (none for
        // unassigned, other letters such as CJK and Hangul, private use, surrogates): the table
        // takes about half the time to build at start-up
        for (int c = 0; c < 0x10000; c++) {
            int type = Character.getType(c);
            boolean caseless = type == Character.UNASSIGNED || type == Character.OTHER_LETTER
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE;
            int l = caseless ? c : Character.toLowerCase(c);
            boolean slow = needsString((char) c) || l > 0xFFFF;
            boolean letter = type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_LETTER;
            boolean space = type >= Character.SPACE_SEPARATOR && type <= Character.CONTROL && Character.isWhitespace(c);
            LOWER[c] = slow ? 0 : (char) l;
            FLAGS[c] = (byte) ((slow ? NEEDS_STRING : 0) | (space ? WHITESPACE : 0)
                    | (letter || type == Character.DECIMAL_DIGIT_NUMBER ? LETTER_OR_DIGIT : 0) | (letter ? LETTER : 0)
                    | (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK ? MARK : 0));
        }
    }

    private Lower() {
    }

    /**
     * {@code c} lower-cased as {@link #inPlace} does it, or -1 when the text must be lower-cased by
     * {@code String.toLowerCase} instead ({@link #needsString}, or a lower case outside the BMP).
     */
    static int lowerChar(char c) {
        return (FLAGS[c] & NEEDS_STRING) != 0 ? -1 : LOWER[c];
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
            int l = lowerChar(c);
            if (l < 0) {
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
        return c < 0x10000 ? (FLAGS[c] & LETTER_OR_DIGIT) != 0 : Character.isLetterOrDigit(c);
    }

    /** True for a non-spacing or combining spacing mark ({@link Character#getType}). */
    static boolean isMark(int c) {
        if (c < 0x10000) {
            return (FLAGS[c] & MARK) != 0;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /** {@link Character#isLetter(int)}, from a table for the BMP. */
    static boolean isLetter(int c) {
        return c < 0x10000 ? (FLAGS[c] & LETTER) != 0 : Character.isLetter(c);
    }

    /** {@link Character#isWhitespace(int)}, without the table lookup for ASCII. */
    static boolean isWhitespace(int c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f;
        }
        return c < 0x10000 ? (FLAGS[c] & WHITESPACE) != 0 : Character.isWhitespace(c);
    }
}
