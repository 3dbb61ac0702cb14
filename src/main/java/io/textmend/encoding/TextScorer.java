package io.textmend.encoding;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * How plausible a decoded text is: its log-likelihood under the best-fitting language model of
 * those a charset can carry. Characters no language uses, unmapped bytes (U+FFFD) and C1 controls
 * cost much more than rare letters. Stateless.
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
    private static final BitSet RARE = loadRare();
    /** {@link #unseenCost(int)} and the script ordinal of every BMP character, computed once. */
    private static final float[] BMP_COST = new float[0x10000];
    private static final short[] BMP_SCRIPT = new short[0x10000];
    private static final byte[] BMP_CASE = new byte[0x10000];
    private static final byte LETTER = 1;
    private static final byte UPPER = 2;
    private static final byte LOWER = 4;

    static {
        for (int c = 0; c < 0x10000; c++) {
            BMP_COST[c] = (float) computeUnseenCost(c);
            BMP_CASE[c] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isUpperCase(c) ? UPPER : 0)
                    | (Character.isLowerCase(c) ? LOWER : 0));
            BMP_SCRIPT[c] = (short) (Character.isSurrogate((char) c) ? Character.UnicodeScript.UNKNOWN.ordinal()
                    : Character.UnicodeScript.of(c).ordinal());
        }
    }

    private TextScorer() {
    }

    private static BitSet loadRare() {
        BitSet b = new BitSet(0x10000);
        for (String line : LanguageModels.lines("rare-characters.txt")) {
            b.set(Integer.parseInt(line.split("\\s+", 2)[0], 16));
        }
        return b;
    }

    /** A score and the language that gave it. */
    record Score(double value, LanguageModel language, int nonAscii, List<LanguageModel> top) {
    }

    /** How many languages a first pass hands to the second. */
    static final int TOP_LANGUAGES = 3;

    /** The positions to score, filled by one of the two front ends. */
    private static final class Positions {
        final int[] prevTok;
        final int[] tok;
        final int[] prevId;
        final int[] id;
        final float[] unseen;
        final short[] script;
        final int[] asciiPairs;
        int k;
        double fixed;
        int nonAscii;

        Positions(int n, int[] asciiPairs) {
            prevTok = new int[n];
            tok = new int[n];
            prevId = new int[n];
            id = new int[n];
            unseen = new float[n];
            script = new short[n];
            this.asciiPairs = asciiPairs;
        }

        void add(int prevCp, int cp, int nextCp) {
            int t = Tokens.of(cp);
            int pt = Tokens.of(prevCp);
            prevTok[k] = pt;
            tok[k] = t;
            TokenIndex ids = LanguageModels.tokens();
            prevId[k] = ids.id(pt);
            id[k] = ids.id(t);
            if (!Tokens.isAscii(t)) {
                nonAscii++;
                unseen[k] = (float) unseenCost(cp, prevCp, nextCp);
                script[k] = script(cp);
                if (cp == 0xFFFD) {
                    fixed += INVALID;
                }
            }
            k++;
        }
    }

    /** Scores {@code text}, looking at no more than {@code maxPositions} non-ASCII positions. */
    static Score score(String text, List<LanguageModel> languages, int maxPositions) {
        return score(text, languages, maxPositions, false);
    }

    /** Scores {@code text}; a first pass ({@code quick}) counts characters without their context. */
    static Score score(String text, List<LanguageModel> languages, int maxPositions, boolean quick) {
        return score(text, languages, maxPositions, quick, null, null);
    }

    /**
     * Scores {@code text}, decoded from {@code sample} by a multi-byte charset. The sample's ASCII
     * pairs stand for the text's (a multi-byte charset reads ASCII bytes as ASCII, bar the odd
     * trail byte), so that their score is computed once per language for all candidates.
     */
    static Score score(String text, List<LanguageModel> languages, int maxPositions, boolean quick, ByteSample sample,
            double[] asciiCache) {
        int n = text.length();
        boolean own = sample == null;
        Positions p = new Positions(Math.min(n, maxPositions),
                own ? new int[Tokens.ASCII_CLASSES * Tokens.ASCII_CLASSES] : sample.asciiPairs);
        int prevCp = ' ';
        for (int i = 0; i < n && p.k < p.tok.length; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80 && prevCp < 0x80) {
                if (own) {
                    p.asciiPairs[Tokens.asciiClass(Tokens.of(prevCp)) * Tokens.ASCII_CLASSES
                            + Tokens.asciiClass(Tokens.of(cp))]++;
                }
            } else {
                p.add(prevCp, cp, i < n ? text.codePointAt(i) : ' ');
            }
            prevCp = cp;
        }
        return quick ? quick(p, languages, asciiCache) : best(p, languages, asciiCache);
    }

    /**
     * Scores a byte sample as read by a single-byte code page. {@code asciiCache} holds, per
     * language index, the score of the sample's ASCII pairs (NaN until computed), shared by every
     * code page scored on the same sample.
     */
    static Score score(SingleByteCodePage page, ByteSample s, List<LanguageModel> languages, double[] asciiCache,
            boolean quick) {
        Positions p = new Positions(s.count, s.asciiPairs);
        byte[] b = s.bytes;
        for (int j = 0; j < s.count; j++) {
            int i = s.positions[j];
            int prevCp = i > s.off ? page.decode(b[i - 1]) : ' ';
            int nextCp = i + 1 < s.end ? page.decode(b[i + 1]) : ' ';
            p.add(prevCp, page.decode(b[i]), nextCp);
        }
        return quick ? quick(p, languages, asciiCache) : best(p, languages, asciiCache);
    }

    /** The first pass: characters without context, every language, the best few kept. */
    private static Score quick(Positions p, List<LanguageModel> languages, double[] asciiCache) {
        if (languages.isEmpty()) {
            return best(p, languages, null);
        }
        double[] scores = new double[languages.size()];
        for (int l = 0; l < languages.size(); l++) {
            LanguageModel m = languages.get(l);
            double s = p.fixed + asciiScore(m, p.asciiPairs, asciiCache);
            for (int j = 0; j < p.k; j++) {
                if (!Tokens.isAscii(p.tok[j])) {
                    s += m.logUnigram(p.id[j], p.unseen[j], p.script[j]);
                }
            }
            scores[l] = s;
        }
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(scores[y], scores[x]));
        List<LanguageModel> top = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(TOP_LANGUAGES, order.length); i++) {
            top.add(languages.get(order[i]));
        }
        return new Score(scores[order[0]], top.get(0), p.nonAscii, List.copyOf(top));
    }

    private static Score best(Positions p, List<LanguageModel> languages, double[] asciiCache) {
        if (languages.isEmpty()) {
            double s = p.fixed;
            for (int j = 0; j < p.k; j++) {
                s += Tokens.isAscii(p.tok[j]) ? 0 : p.unseen[j];
            }
            return new Score(s, null, p.nonAscii, List.of());
        }
        double best = Double.NEGATIVE_INFINITY;
        LanguageModel bestLang = null;
        for (LanguageModel m : languages) {
            double s = p.fixed + asciiScore(m, p.asciiPairs, asciiCache);
            for (int j = 0; j < p.k && s > best; j++) {
                s += m.logP(p.prevTok[j], p.tok[j], p.prevId[j], p.id[j], p.unseen[j], p.script[j]);
            }
            if (s > best) {
                best = s;
                bestLang = m;
            }
        }
        return new Score(best, bestLang, p.nonAscii, List.of(bestLang));
    }

    private static double asciiScore(LanguageModel m, int[] pairs, double[] cache) {
        if (cache != null && !Double.isNaN(cache[m.index()])) {
            return cache[m.index()];
        }
        double s = 0;
        for (int q = 0; q < pairs.length; q++) {
            if (pairs[q] > 0) {
                s += pairs[q] * m.asciiLogP(q);
            }
        }
        if (cache != null) {
            cache[m.index()] = s;
        }
        return s;
    }

    /** A fresh cache for {@link #score(SingleByteCodePage, ByteSample, List, double[])}. */
    static double[] newAsciiCache() {
        double[] c = new double[LanguageModels.all().size()];
        Arrays.fill(c, Double.NaN);
        return c;
    }

    private static int flags(int cp) {
        if (cp < 0x10000) {
            return BMP_CASE[cp];
        }
        return (Character.isLetter(cp) ? LETTER : 0) | (Character.isUpperCase(cp) ? UPPER : 0)
                | (Character.isLowerCase(cp) ? LOWER : 0);
    }

    static short script(int cp) {
        return cp < 0x10000 ? BMP_SCRIPT[cp] : (short) Character.UnicodeScript.of(cp).ordinal();
    }

    /**
     * The log probability charged for a character a language model has never seen, by what it is
     * and where it stands: an isolated letter, or a capital inside a lower-case word, is less
     * likely than a letter inside a word.
     */
    static double unseenCost(int cp, int prev, int next) {
        double base = unseenCost(cp);
        int f = flags(cp);
        if (base > UNSEEN_IMPOSSIBLE && (f & LETTER) != 0) {
            if ((flags(prev) & LETTER) == 0 && (flags(next) & LETTER) == 0) {
                base += ODD_PLACE;
            } else if ((f & UPPER) != 0 && (flags(prev) & LOWER) != 0) {
                base += ODD_PLACE;
            }
        }
        return base;
    }

    /** The log probability charged for a character a language model has never seen. */
    static double unseenCost(int cp) {
        return cp < 0x10000 ? BMP_COST[cp] : computeUnseenCost(cp);
    }

    private static double computeUnseenCost(int cp) {
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
