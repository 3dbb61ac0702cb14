package io.textmend.mojibake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A whole line of a legacy single-byte page read with another single-byte page: cp1251, cp1250,
 * cp1253, cp1254, cp1255, cp1256 or cp874 shown as windows-1252 ({@code Ïðèâåò} for
 * {@code Привет}, {@code za¿ó³æ} for {@code zażółć}), or KOI8-R shown as windows-1251
 * ({@code рТЙЧЕФ}). A page is read with one decoder, so the line is judged whole: every
 * character must be one the wrong decoder produces; the line's bytes are decoded with the
 * intended page; and the result is kept only when, scored by the {@link LetterModel} of the
 * languages that page was made for, it is far more likely than the line as it stands in any
 * language (the line as it stands gets the benefit of the doubt: a letter no model knows, as in
 * Icelandic or Danish, costs it at most {@link #ORIGINAL_FLOOR} per bigram). The result must add
 * no control character and no U+FFFD. Stateless and thread-safe.
 */
final class LegacyPage {

    /** An intended page and the languages written in it. */
    record Target(Codec page, List<LetterModel> models) {
    }

    /**
     * Characters windows-1252 shows for letters of cp1250 and cp1254 that Western text seldom
     * writes before another letter (ě ř ů ň ć đ; ł ą ż ľ ş; ğ ş ı İ): followed by a letter they
     * are worth a look at the whole line ({@link Suspicion#LEGACY_LINE}). Not è ã õ û (č ă ő ű):
     * French, Portuguese and Estonian write them before letters all the time, and judging those
     * lines here costs about 20 times the fast path, so Hungarian, Slovene and Romanian lines
     * whose only tell is one of these are not looked at yet.
     */
    static final String HINTS = "\u00EC\u00F2\u00F9\u00F8\u00CC\u00D2\u00D9\u00D8\u00E6\u00C6"
            + "\u00B9\u00B3\u00BF\u00BC\u00BE\u00BA\u00AA\u00A3\u00A5\u0178"
            + "\u00F0\u00FE\u00D0\u00DE\u00DD\u00FD";

    /** The least log-probability a bigram of the text as it stands is scored at. */
    static final float ORIGINAL_FLOOR = -7f;
    /**
     * Nats the repair must win by, at least, and per changed character: judged in another
     * language than the one the text as it stands reads as best, and judged in the same one.
     */
    static final float MIN_GAIN = 10f;
    static final float GAIN_PER_CHANGE = 2f;
    static final float MIN_GAIN_SAME = 6f;
    static final float GAIN_PER_CHANGE_SAME = 1f;
    /** The repaired line's mean log-probability per bigram in its language must reach this. */
    static final float MIN_MEAN = -4.2f;
    /** The mean log-probability of the bigrams that touch a changed character must reach this. */
    static final float MIN_CHANGED_MEAN = -5.5f;
    /** The same, for a repair judged in another language than the text as it stands reads as best. */
    static final float MIN_CHANGED_MEAN_OTHER = -3.4f;
    /** Of the changed characters, at least this share must come out as letters (a page holds words). */
    static final float MIN_LETTER_SHARE = 0.8f;

    private LegacyPage() {
    }

    private static final class Holder {
        static final List<Target> AS_1252 = List.of(
                target("windows-1251", "ru", "uk", "bg", "be", "sr-Cyrl"),
                target("windows-1250", "pl", "cs", "sk", "hr", "sl", "hu", "ro"),
                target("windows-1253", "el"),
                target("windows-1254", "tr"),
                target("windows-1255", "he"),
                target("windows-1256", "ar", "fa", "ur"),
                target("windows-874", "th"));
        static final List<Target> AS_1251 = List.of(
                new Target(Codecs.Legacy.KOI8_R, models("ru", "bg", "uk", "be")));
        static final List<LetterModel> ALL = List.copyOf(LetterModel.all().values());
    }

    private static Target target(String page, String... languages) {
        for (Codec c : Codecs.Legacy.INTENDED) {
            if (c.name().equals(page)) {
                return new Target(c, models(languages));
            }
        }
        throw new IllegalStateException("no legacy codec " + page);
    }

    private static List<LetterModel> models(String... languages) {
        List<LetterModel> l = new ArrayList<>();
        for (String lang : languages) {
            l.add(LetterModel.of(lang));
        }
        return List.copyOf(l);
    }

    /** Candidates for the line read as windows-1252 when it was one of the legacy pages. */
    static void findAs1252(String text, List<Candidate> out) {
        find(text, Codecs.Western.CP1252, Holder.AS_1252, out);
    }

    /** Candidates for the line read as windows-1251 when it was KOI8-R. */
    static void findKoi8As1251(String text, List<Candidate> out) {
        find(text, Codecs.Legacy.CP1251, Holder.AS_1251, out);
    }

    static void find(String text, Codec wrong, List<Target> targets, List<Candidate> out) {
        find(text, wrong, targets, out, null);
    }

    /** The numbers the decision rests on, per intended page, for diagnosis ({@code MojibakeDebug}). */
    static String explain(String text) {
        StringBuilder sb = new StringBuilder();
        find(text, Codecs.Western.CP1252, Holder.AS_1252, new ArrayList<>(), sb);
        find(text, Codecs.Legacy.CP1251, Holder.AS_1251, new ArrayList<>(), sb);
        return sb.toString();
    }

    private static void find(String text, Codec wrong, List<Target> targets, List<Candidate> out, StringBuilder trace) {
        int n = text.length();
        int[] bytes = new int[n];
        int firstHigh = -1;
        int lastHigh = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int b = c < 0x80 ? c : wrong.encode(c);
            if (b < 0 || b > 0xFF) {
                return; // not a character this decoder makes: the line was not read with it
            }
            bytes[i] = b;
            if (b >= 0x80) {
                lastHigh = i;
                firstHigh = firstHigh < 0 ? i : firstHigh;
            }
        }
        if (firstHigh < 0) {
            return;
        }
        LetterModel originalLanguage = null;
        float original = Float.NaN;
        char[] decoded = new char[n];
        int[] changes = new int[n];
        for (Target t : targets) {
            int first = -1;
            int last = -1;
            int changed = 0;
            int changedLetters = 0;
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) {
                int b = bytes[i];
                char d = b < 0x80 ? (char) b : t.page().decodeSingle(b);
                ok = d != 0 && !(d >= 0x80 && d <= 0x9F) && d != 0xFFFD && d != 0xFFFE;
                decoded[i] = d;
                if (d != text.charAt(i)) {
                    changes[changed++] = i;
                    char tok = LetterModel.token(d);
                    changedLetters += tok != LetterModel.BOUNDARY && tok != LetterModel.SIGN ? 1 : 0;
                    last = i;
                    if (first < 0) {
                        first = i;
                    }
                }
            }
            if (!ok || changed == 0 || changedLetters < MIN_LETTER_SHARE * changed) {
                continue;
            }
            // cheap first: do the changed letters read as one of the page's languages at all?
            float bestChanged = Float.NEGATIVE_INFINITY;
            for (LetterModel m : t.models()) {
                bestChanged = Math.max(bestChanged, changedMean(m, decoded, changes, changed));
            }
            if (trace != null) {
                trace.append(String.format(Locale.ROOT, "  %s: changed %d, changed mean %.2f%n",
                        t.page().name(), changed, bestChanged));
            }
            if (bestChanged < MIN_CHANGED_MEAN) {
                continue;
            }
            String candidate = new String(decoded);
            float best = Float.NEGATIVE_INFINITY;
            float bestMean = 0;
            LetterModel bestModel = null;
            int[] count = new int[1];
            for (LetterModel m : t.models()) {
                float s = m.score(candidate, count);
                if (s > best) {
                    best = s;
                    bestModel = m;
                    bestMean = count[0] == 0 ? 0 : s / count[0];
                }
            }
            float bestChangedMean = changedMean(bestModel, decoded, changes, changed);
            if (bestMean < MIN_MEAN || bestChangedMean < MIN_CHANGED_MEAN) {
                continue;
            }
            if (originalLanguage == null) {
                originalLanguage = bestLanguage(text);
                original = flooredScore(originalLanguage, text);
            }
            float gain = best - original;
            boolean enough = gain >= Math.max(MIN_GAIN, GAIN_PER_CHANGE * changed)
                    && bestChangedMean >= MIN_CHANGED_MEAN_OTHER;
            if (!enough && t.models().contains(originalLanguage)) {
                gain = Math.max(gain, sameLanguageGain(originalLanguage, text, candidate));
                enough = gain >= Math.max(MIN_GAIN_SAME, GAIN_PER_CHANGE_SAME * changed);
            }
            if (trace != null) {
                trace.append(String.format(Locale.ROOT,
                        "    best %s mean %.2f; as it stands %s %.1f; gain %.1f%n", bestModel.language(), bestMean,
                        originalLanguage.language(), original, gain));
            }
            if (!enough) {
                continue;
            }
            // the line is judged whole, so the repair spans all its non-ASCII text: none of it is a stray
            first = Math.min(first, firstHigh);
            last = Math.max(last, lastHigh);
            out.add(new Candidate(first, last + 1, candidate.substring(first, last + 1), gain,
                    t.page().name() + " read as " + wrong.name(), false));
        }
    }

    /**
     * The mean log-probability, in {@code m}, of the bigrams of {@code decoded} that touch one of
     * its {@code count} changed positions {@code changes} (ascending).
     */
    static float changedMean(LetterModel m, char[] decoded, int[] changes, int count) {
        float total = 0;
        int n = 0;
        for (int k = 0; k < count; k++) {
            int i = changes[k];
            char t = LetterModel.token(decoded[i]);
            char before = i == 0 ? LetterModel.BOUNDARY : LetterModel.token(decoded[i - 1]);
            if (!(k > 0 && changes[k - 1] == i - 1) && !(t == LetterModel.BOUNDARY && before == LetterModel.BOUNDARY)) {
                total += m.logProb(before, t);
                n++;
            }
            char after = i + 1 == decoded.length ? LetterModel.BOUNDARY : LetterModel.token(decoded[i + 1]);
            if (!(t == LetterModel.BOUNDARY && after == LetterModel.BOUNDARY)) {
                total += m.logProb(t, after);
                n++;
            }
        }
        return n == 0 ? Float.NEGATIVE_INFINITY : total / n;
    }

    /** The language the text as it stands suits best, each bigram's score floored. */
    static LetterModel bestLanguage(String text) {
        float best = Float.NEGATIVE_INFINITY;
        LetterModel language = null;
        for (LetterModel m : Holder.ALL) {
            float s = flooredScore(m, text);
            if (s > best) {
                best = s;
                language = m;
            }
        }
        return language;
    }

    /**
     * When the text as it stands already reads best as one of the page's own languages, apart
     * from its odd letters ({@code getirmediðini}, {@code øíká}), the repair is judged in that
     * language without the floor: there, the odd letters are ones the language never writes.
     * The rest of the line must read as that language (mean log-probability per bigram, floored,
     * of at least {@link #MIN_MEAN}).
     */
    private static float sameLanguageGain(LetterModel m, String text, String candidate) {
        int[] count = new int[1];
        float before = m.score(text, count);
        if (count[0] == 0 || flooredScore(m, text) / count[0] < MIN_MEAN) {
            return Float.NEGATIVE_INFINITY;
        }
        return m.score(candidate, null) - before;
    }

    static float flooredScore(LetterModel m, CharSequence s) {
        float total = 0;
        char prev = LetterModel.BOUNDARY;
        for (int i = 0; i < s.length(); i++) {
            char t = LetterModel.token(s.charAt(i));
            if (t == LetterModel.BOUNDARY && prev == LetterModel.BOUNDARY) {
                continue;
            }
            total += Math.max(ORIGINAL_FLOOR, m.logProb(prev, t));
            prev = t;
        }
        if (prev != LetterModel.BOUNDARY) {
            total += Math.max(ORIGINAL_FLOOR, m.logProb(prev, LetterModel.BOUNDARY));
        }
        return total;
    }
}
