package io.textmend.encoding;

import java.util.List;

/**
 * How plausible a decoded text is: its log-likelihood under the best-fitting language model of
 * those a charset can carry, counted at the characters that are not ASCII (ASCII reads the same in
 * every candidate). Characters no language uses, unmapped bytes (U+FFFD) and C1 controls cost much
 * more than rare letters. Stateless.
 */
final class TextScorer {

    /** Extra cost of a byte sequence the charset cannot read. */
    static final double INVALID = -18;
    private static final double UNSEEN_LETTER = -13;
    private static final double UNSEEN_OTHER = -16;
    private static final double UNSEEN_PUNCT = -12;
    private static final double UNSEEN_IMPOSSIBLE = -26;
    /** Extra cost of an unseen letter standing where letters of its kind rarely stand. */
    private static final double ODD_PLACE = -4;

    /** Characters running text almost never holds ({@code rare-characters.txt}). */
    private static final java.util.BitSet RARE = loadRare();

    private TextScorer() {
    }

    private static java.util.BitSet loadRare() {
        java.util.BitSet b = new java.util.BitSet(0x10000);
        for (String line : LanguageModels.lines("rare-characters.txt")) {
            b.set(Integer.parseInt(line.split("\\s+", 2)[0], 16));
        }
        return b;
    }

    /** A score and the language that gave it. */
    record Score(double value, LanguageModel language, int nonAscii) {
    }

    /** Scores {@code text}, looking at no more than {@code maxPositions} non-ASCII positions. */
    static Score score(String text, List<LanguageModel> languages, int maxPositions) {
        int n = text.length();
        int[] prevTok = new int[Math.min(n, maxPositions)];
        int[] tok = new int[prevTok.length];
        double[] unseen = new double[prevTok.length];
        short[] script = new short[prevTok.length];
        int prevCp = ' ';
        double fixed = 0;
        int[] asciiPairs = new int[Tokens.ASCII_CLASSES * Tokens.ASCII_CLASSES];
        int k = 0;
        int prev = Tokens.SPACE;
        int nonAscii = 0;

        for (int i = 0; i < n && k < tok.length; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int t = Tokens.of(cp);
            if (!Tokens.isAscii(t)) {
                nonAscii++;
            }
            if (Tokens.isAscii(t) && Tokens.isAscii(prev)) {
                asciiPairs[Tokens.asciiClass(prev) * Tokens.ASCII_CLASSES + Tokens.asciiClass(t)]++;
            } else {
                prevTok[k] = prev;
                tok[k] = t;
                if (!Tokens.isAscii(t)) {
                    int next = i < n ? text.codePointAt(i) : ' ';
                    unseen[k] = unseenCost(cp, prevCp, next);
                    script[k] = (short) Character.UnicodeScript.of(cp).ordinal();
                }
                if (cp == 0xFFFD) {
                    fixed += INVALID;
                }
                k++;
            }
            prev = t;
            prevCp = cp;
        }
        if (languages.isEmpty()) {
            double s = fixed;
            for (int j = 0; j < k; j++) {
                s += Tokens.isAscii(tok[j]) ? 0 : unseen[j];
            }
            return new Score(s, null, nonAscii);
        }
        double best = Double.NEGATIVE_INFINITY;
        LanguageModel bestLang = null;
        for (LanguageModel m : languages) {
            double s = fixed;
            for (int p = 0; p < asciiPairs.length; p++) {
                if (asciiPairs[p] > 0) {
                    s += asciiPairs[p] * m.logP(Tokens.asciiToken(p / Tokens.ASCII_CLASSES),
                            Tokens.asciiToken(p % Tokens.ASCII_CLASSES), UNSEEN_OTHER, (short) 0);
                }
            }
            for (int j = 0; j < k && s > best; j++) {
                s += m.logP(prevTok[j], tok[j], unseen[j], script[j]);
            }
            if (s > best) {
                best = s;
                bestLang = m;
            }
        }
        return new Score(best, bestLang, nonAscii);
    }

    /**
     * The log probability charged for a character a language model has never seen, by what it is
     * and where it stands: an isolated letter, or a capital inside a lower-case word, is less
     * likely than a letter inside a word.
     */
    static double unseenCost(int cp, int prev, int next) {
        double base = unseenCost(cp);
        if (base > UNSEEN_IMPOSSIBLE && Character.isLetter(cp)) {
            if (!Character.isLetter(prev) && !Character.isLetter(next)) {
                base += ODD_PLACE;
            } else if (Character.isUpperCase(cp) && Character.isLowerCase(prev)) {
                base += ODD_PLACE;
            }
        }
        return base;
    }

    /** The log probability charged for a character a language model has never seen. */
    static double unseenCost(int cp) {
        if (cp < 0x80) {
            return UNSEEN_OTHER;
        }
        if (cp <= 0x9F || cp == 0xFFFD || cp <= 0xFFFF && RARE.get(cp)) {
            return UNSEEN_IMPOSSIBLE;
        }
        int type = Character.getType(cp);
        return switch (type) {
            case Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE, Character.CONTROL,
                 Character.FORMAT -> UNSEEN_IMPOSSIBLE;
            case Character.CURRENCY_SYMBOL, Character.DASH_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                 Character.FINAL_QUOTE_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> UNSEEN_PUNCT;
            case Character.OTHER_NUMBER -> UNSEEN_LETTER;
            default -> Character.isLetter(cp) ? UNSEEN_LETTER : UNSEEN_OTHER;
        };
    }
}
