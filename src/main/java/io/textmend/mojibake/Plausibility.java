package io.textmend.mojibake;

/**
 * How implausible a piece of text is as something a person wrote, as a cost: the sum of a cost
 * per character ({@link CharClass#cost}: rare blocks and rare hanzi are dear) and a cost per pair
 * of neighbours (a symbol glued to a letter, a lower-case letter followed by a capital, two
 * scripts inside one word, a combining mark with nothing to combine with). Mojibake is made of
 * exactly such pairs; a candidate repair is kept only when it costs clearly less than the text it
 * replaces. Stateless and thread-safe.
 */
final class Plausibility {

    private Plausibility() {
    }

    /**
     * The cost of {@code s[from, to)} between the neighbours {@code before} and {@code after}
     * (use a space for the edge of the text). The neighbours' own costs are not counted.
     */
    static float cost(CharSequence s, int from, int to, char before, char after) {
        return cost(s, from, to, ' ', before, after);
    }

    /** As {@link #cost(CharSequence, int, int, char, char)}, knowing the char before {@code before} too. */
    static float cost(CharSequence s, int from, int to, char before2, char before, char after) {
        float total = 0;
        char prev = before;
        char prevPrev = before2;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                total += CharClass.supplementaryCost(Character.toCodePoint(c, s.charAt(i + 1)));
                total += pair(prevPrev, prev, 'x');
                prevPrev = prev;
                prev = 'x';
                i++;
                continue;
            }
            total += CharClass.cost(c) + pair(prevPrev, prev, c);
            prevPrev = prev;
            prev = c;
        }
        return total + pair(prevPrev, prev, after);
    }

    static float cost(String s, char before, char after) {
        return cost(s, 0, s.length(), before, after);
    }

    /** The cost of {@code c} following {@code p} (which followed {@code pp}). */
    static float pair(char pp, char p, char c) {
        if (p < 0x80 && c < 0x80) {
            return 0f;
        }
        if (c < 0x80 && isOddAsciiSign(c) && CharClass.script(p) == CharClass.S_CJK
                || p < 0x80 && isOddAsciiSign(p) && CharClass.script(c) == CharClass.S_CJK) {
            return 2f; // "師@得": a trail byte of a double-byte code turned into a sign
        }
        byte pc = CharClass.cls(p);
        byte cc = CharClass.cls(c);
        boolean pl = CharClass.isLetter(pc);
        boolean cl = CharClass.isLetter(cc);
        if (pl && cl) {
            byte ps = CharClass.script(p);
            byte cs = CharClass.script(c);
            if (ps != cs && ps != CharClass.S_NONE && cs != CharClass.S_NONE) {
                // Greek letters inside Latin words are common in science (IL2Rγc, μg)
                return ps == CharClass.S_LATIN && cs == CharClass.S_GREEK
                        || ps == CharClass.S_GREEK && cs == CharClass.S_LATIN ? 1.5f : 4f;
            }
            if (pc == CharClass.LOWER && cc == CharClass.UPPER) {
                return CharClass.cls(pp) == CharClass.UPPER ? 5f : 3f;
            }
            if (pc == CharClass.UPPER && cc == CharClass.LOWER && CharClass.cls(pp) == CharClass.UPPER
                    && (p >= 0x80 || c >= 0x80)) {
                return 3f; // "DATà": a capital run ending in a small letter
            }
            if (p >= 0x80 && c >= 0x80 && ps == CharClass.S_LATIN) {
                return 1.2f;
            }
            return 0f;
        }
        if (pl && cc == CharClass.SYMBOL || pc == CharClass.SYMBOL && cl) {
            return isBoxDrawing(p) || isBoxDrawing(c) ? 1f : 2.5f;
        }
        if (pc == CharClass.SYMBOL && cc == CharClass.SYMBOL) {
            return 0.5f;
        }
        if (cc == CharClass.MARK) {
            if (!pl && pc != CharClass.MARK) {
                // a mark may strike through a digit or a sign ($̶6̶), but not float after a space
                return pc == CharClass.SPACE || pc == CharClass.NBSP || pc == CharClass.CONTROL ? 4f : 1f;
            }
            byte ms = CharClass.script(c);
            return pl && ms != CharClass.S_NONE && ms != CharClass.script(p) ? 4f : 0f;
        }
        if (pc == CharClass.NBSP && cl || pl && cc == CharClass.NBSP) {
            return 0.75f;
        }
        if (pl && (c == '\u201C' || c == '\u201E' || c == '\u201A' || c == '\u2018')) {
            return 1.5f;
        }
        if (cl && p == '\u201D') {
            return 1.5f;
        }
        if (pc == CharClass.REPLACEMENT || cc == CharClass.REPLACEMENT) {
            return 0.5f;
        }
        return 0f;
    }

    /**
     * The extra cost of a repair that is one letter standing alone between non-letters: few
     * languages have one-letter words outside ASCII (French and Portuguese à, Catalan è, ...).
     */
    static float isolatedLetter(String fixed, char before, char after) {
        int len = fixed.length();
        boolean oneCodePoint = len == 1 || len == 2 && Character.isHighSurrogate(fixed.charAt(0))
                && Character.isLowSurrogate(fixed.charAt(1));
        if (!oneCodePoint || CharClass.isLetter(CharClass.cls(before))
                || CharClass.isLetter(CharClass.cls(after))) {
            return 0f;
        }
        char c = fixed.charAt(0);
        if (c < 0x80 || !CharClass.isLetter(CharClass.cls(c))) {
            return 0f;
        }
        char lower = Character.toLowerCase(c);
        return lower == '\u00E0' || lower == '\u00E8' || lower == '\u00E9' || lower == '\u00F3' || lower == '\u00F2'
                ? 0f : 2.5f;
    }

    /** Bit {@code c - 64} for each of @ \\ ^ ` | ~ _ (all in 64..127). */
    private static final long ODD_ASCII_SIGNS = 1L << ('@' - 64) | 1L << ('\\' - 64) | 1L << ('^' - 64)
            | 1L << ('`' - 64) | 1L << ('|' - 64) | 1L << ('~' - 64) | 1L << ('_' - 64);

    private static boolean isOddAsciiSign(char c) {
        return c >= 64 && c < 128 && (ODD_ASCII_SIGNS >>> (c - 64) & 1) != 0;
    }

    private static boolean isBoxDrawing(char c) {
        return c >= 0x2500 && c <= 0x259F;
    }
}
