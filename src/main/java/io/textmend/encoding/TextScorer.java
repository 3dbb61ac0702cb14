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
    private static final double UNSEEN_IMPOSSIBLE = -26;

    private TextScorer() {
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
                unseen[k] = unseenCost(cp);
                if (cp == 0xFFFD) {
                    fixed += INVALID;
                }
                k++;
            }
            prev = t;
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
                            Tokens.asciiToken(p % Tokens.ASCII_CLASSES), UNSEEN_OTHER);
                }
            }
            for (int j = 0; j < k && s > best; j++) {
                s += m.logP(prevTok[j], tok[j], unseen[j]);
            }
            if (s > best) {
                best = s;
                bestLang = m;
            }
        }
        return new Score(best, bestLang, nonAscii);
    }

    /** The log probability charged for a character a language model has never seen. */
    static double unseenCost(int cp) {
        if (cp < 0x80) {
            return UNSEEN_OTHER;
        }
        if (cp <= 0x9F || cp == 0xFFFD) {
            return UNSEEN_IMPOSSIBLE;
        }
        int type = Character.getType(cp);
        if (type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || type == Character.CONTROL) {
            return UNSEEN_IMPOSSIBLE;
        }
        return Character.isLetter(cp) ? UNSEEN_LETTER : UNSEEN_OTHER;
    }
}
