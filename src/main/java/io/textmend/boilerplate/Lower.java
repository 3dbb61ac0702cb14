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
    /**
     * The BMP in pages of 256 chars, each made the first time one of its chars is asked about (a
     * whole table took about 40 ms to build at start-up, most of it for pages a page of Latin text
     * never touches). A page's arrays are final fields, so a thread that sees the page sees them
     * filled; two threads racing on a page build equal copies.
     */
    private static final Page[] PAGES = new Page[256];

    private static final class Page {

        /** Per char: {@link Character#toLowerCase(int)}, or 0 where {@link #lowerChar} gives -1. */
        final char[] lower = new char[256];
        /** Per char: the flags above, from the JDK's own character data. */
        final byte[] flags = new byte[256];

        Page(int page) {
            for (int k = 0; k < 256; k++) {
                int c = page << 8 | k;
                int l = Character.toLowerCase(c);
                boolean slow = needsString((char) c) || l > 0xFFFF;
                int type = Character.getType(c);
                lower[k] = slow ? 0 : (char) l;
                flags[k] = (byte) ((slow ? NEEDS_STRING : 0) | (Character.isWhitespace(c) ? WHITESPACE : 0)
                        | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0) | (Character.isLetter(c) ? LETTER : 0)
                        | (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK ? MARK : 0));
            }
        }
    }

    private static Page page(int c) {
        Page p = PAGES[c >>> 8];
        if (p == null) {
            p = new Page(c >>> 8);
            PAGES[c >>> 8] = p;
        }
        return p;
    }

    private static int flags(int c) {
        return page(c).flags[c & 0xFF];
    }

    private Lower() {
    }

    /**
     * {@code c} lower-cased as {@link #inPlace} does it, or -1 when the text must be lower-cased by
     * {@code String.toLowerCase} instead ({@link #needsString}, or a lower case outside the BMP).
     */
    static int lowerChar(char c) {
        Page p = page(c);
        return (p.flags[c & 0xFF] & NEEDS_STRING) != 0 ? -1 : p.lower[c & 0xFF];
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
        return c < 0x10000 ? (flags(c) & LETTER_OR_DIGIT) != 0 : Character.isLetterOrDigit(c);
    }

    /** True for a non-spacing or combining spacing mark ({@link Character#getType}). */
    static boolean isMark(int c) {
        if (c < 0x10000) {
            return (flags(c) & MARK) != 0;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /** {@link Character#isLetter(int)}, from a table for the BMP. */
    static boolean isLetter(int c) {
        return c < 0x10000 ? (flags(c) & LETTER) != 0 : Character.isLetter(c);
    }

    /** {@link Character#isWhitespace(int)}, without the table lookup for ASCII. */
    static boolean isWhitespace(int c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f;
        }
        return c < 0x10000 ? (flags(c) & WHITESPACE) != 0 : Character.isWhitespace(c);
    }
}
