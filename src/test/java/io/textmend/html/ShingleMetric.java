package io.textmend.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric: Unicode {@code \w+} tokens (case kept), 4-token
 * shingles counted as multisets, per-page precision and recall, macro-averaged, F1 of the averages.
 * Stateless and thread-safe.
 */
final class ShingleMetric {

    static final int N = 4;
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private ShingleMetric() {
    }

    /** tp, fp and fn of one page. */
    record Counts(long tp, long fp, long fn) {

        double precision() {
            if (tp + fp == 0) {
                return fn == 0 ? 1.0 : 0.0;
            }
            return tp / (double) (tp + fp);
        }

        double recall() {
            if (tp + fn == 0) {
                return fp == 0 ? 1.0 : 0.0;
            }
            return tp / (double) (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Macro-averaged precision, recall and their F1. */
    record Score(double precision, double recall, double f1) {

        static Score of(List<Counts> pages) {
            double p = 0;
            double r = 0;
            for (Counts c : pages) {
                p += c.precision();
                r += c.recall();
            }
            p /= pages.size();
            r /= pages.size();
            return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    static List<String> tokens(String text) {
        Matcher m = TOKEN.matcher(text);
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * Tokens with every Han, kana, hangul, Thai, Lao, Khmer or Myanmar character its own token, for
     * scripts written without spaces between words.
     */
    static List<String> charTokens(String text) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (String t : tokens(text)) {
            int run = 0;
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                int n = Character.charCount(cp);
                if (isCharWord(cp)) {
                    if (i > run) {
                        out.add(t.substring(run, i));
                    }
                    out.add(t.substring(i, i + n));
                    run = i + n;
                }
                i += n;
            }
            if (run < t.length()) {
                out.add(t.substring(run));
            }
        }
        return out;
    }

    private static boolean isCharWord(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return switch (s) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, THAI, LAO, KHMER, MYANMAR -> true;
            default -> false;
        };
    }

    /** The text's shingles with their counts; a text of fewer than four tokens is one shingle. */
    static Map<List<String>, Integer> shingles(String text) {
        return shingles(tokens(text));
    }

    static Map<List<String>, Integer> shingles(List<String> t) {
        Map<List<String>, Integer> m = new HashMap<>();
        int n = Math.max(1, t.size() - N + 1);
        for (int i = 0; i < n; i++) {
            List<String> s = t.subList(i, Math.min(t.size(), i + N));
            if (!s.isEmpty()) {
                m.merge(List.copyOf(s), 1, Integer::sum);
            }
        }
        return m;
    }

    static Counts compare(String truth, String predicted) {
        return compare(shingles(truth), shingles(predicted));
    }

    /** {@link #compare} with CJK and Thai characters counted one token each. */
    static Counts compareByChars(String truth, String predicted) {
        return compare(shingles(charTokens(truth)), shingles(charTokens(predicted)));
    }

    private static Counts compare(Map<List<String>, Integer> t, Map<List<String>, Integer> p) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            int inTruth = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(inTruth, e.getValue());
            fp += Math.max(0, e.getValue() - inTruth);
        }
        for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        return new Counts(tp, fp, fn);
    }
}
