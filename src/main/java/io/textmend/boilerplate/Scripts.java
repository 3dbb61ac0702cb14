package io.textmend.boilerplate;

import java.lang.Character.UnicodeScript;

/** Which writing system a piece of text is in, and how its words are counted. Stateless. */
public final class Scripts {

    private static final UnicodeScript[] ALL = UnicodeScript.values();
    static final int SCRIPTS = ALL.length;

    private Scripts() {
    }

    /** The script most letters of {@code s} belong to, or {@code COMMON} when it has no letters. */
    public static UnicodeScript dominant(CharSequence s) {
        int[] counts = new int[SCRIPTS];
        count(s, counts);
        return top(counts);
    }

    /** Adds the letters of {@code s} to {@code counts}, indexed by folded script ordinal. */
    static void count(CharSequence s, int[] counts) {
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                counts[of(cp).ordinal()]++;
            }
        }
    }

    static UnicodeScript top(int[] counts) {
        int best = -1;
        int max = 0;
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] > max) {
                max = counts[k];
                best = k;
            }
        }
        return best < 0 ? UnicodeScript.COMMON : ALL[best];
    }

    static UnicodeScript byOrdinal(int ordinal) {
        return ALL[ordinal];
    }

    /** The folded script of a letter, with fast paths for the common blocks. */
    static UnicodeScript of(int cp) {
        if (cp < 0x250) {
            return cp < 0x80 || cp == 0xAA || cp == 0xBA || cp >= 0xC0 ? UnicodeScript.LATIN : UnicodeScript.COMMON;
        }
        if (cp >= 0x400 && cp < 0x530) {
            return UnicodeScript.CYRILLIC;
        }
        if (cp >= 0x4E00 && cp < 0xA000) {
            return UnicodeScript.HAN;
        }
        if (cp >= 0xAC00 && cp < 0xD7A4) {
            return UnicodeScript.HANGUL;
        }
        return fold(UnicodeScript.of(cp));
    }

    /**
     * Japanese kana and bopomofo count with Han, as Japanese and Chinese text mix them. Hangul stays
     * itself: Korean is written with spaces between words.
     */
    public static UnicodeScript fold(UnicodeScript sc) {
        return switch (sc) {
            case HIRAGANA, KATAKANA, BOPOMOFO -> UnicodeScript.HAN;
            default -> sc;
        };
    }

    /** True when the script counts words by characters rather than by spaces. */
    public static boolean isCjk(UnicodeScript sc) {
        return sc == UnicodeScript.HAN || sc == UnicodeScript.THAI || sc == UnicodeScript.LAO
                || sc == UnicodeScript.KHMER || sc == UnicodeScript.MYANMAR;
    }

    /** Words in {@code s}: runs of letters and digits, except that CJK letters count one each. */
    public static int wordCount(CharSequence s) {
        return BlockScan.of(s).words;
    }
}
