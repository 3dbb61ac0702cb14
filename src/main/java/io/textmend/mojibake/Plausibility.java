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
        float total = 0;
        char prev = before;
        char prevPrev = ' ';
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
        byte pc = CharClass.cls(p);
        byte cc = CharClass.cls(c);
        boolean pl = CharClass.isLetter(pc);
        boolean cl = CharClass.isLetter(cc);
        if (pl && cl) {
            byte ps = CharClass.script(p);
            byte cs = CharClass.script(c);
            if (ps != cs && ps != CharClass.S_NONE && cs != CharClass.S_NONE) {
                return 4f;
            }
            if (pc == CharClass.LOWER && cc == CharClass.UPPER) {
                return 3f;
            }
            if (pc == CharClass.UPPER && cc == CharClass.LOWER && CharClass.cls(pp) == CharClass.UPPER
                    && (p >= 0x80 || c >= 0x80)) {
                return 2f; // "DATà": a capital run ending in a small letter
            }
            if (p >= 0x80 && c >= 0x80 && ps == CharClass.S_LATIN) {
                return 1.2f;
            }
            return 0f;
        }
        if (pl && cc == CharClass.SYMBOL || pc == CharClass.SYMBOL && cl) {
            return 2.5f;
        }
        if (pc == CharClass.SYMBOL && cc == CharClass.SYMBOL) {
            return 0.5f;
        }
        if (cc == CharClass.MARK) {
            if (!pl && pc != CharClass.MARK) {
                return 4f;
            }
            byte ms = CharClass.script(c);
            return pl && ms != CharClass.S_NONE && ms != CharClass.script(p) ? 4f : 0f;
        }
        if (pc == CharClass.NBSP && cl || pl && cc == CharClass.NBSP) {
            return 0.75f;
        }
        if (pl && (c == '\u201C' || c == '\u201E' || c == '\u201A')) {
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
}
