package io.textmend.boilerplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Token overlap of a prediction with the truth, counted as multisets. */
record TokenScore(long tp, long fp, long fn) {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    static TokenScore ZERO = new TokenScore(0, 0, 0);

    /** Words; Chinese and Japanese letters one token each, as they have no spaces. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            String w = m.group();
            StringBuilder run = new StringBuilder();
            for (int i = 0; i < w.length(); ) {
                int cp = w.codePointAt(i);
                i += Character.charCount(cp);
                if (Scripts.isCjk(Scripts.fold(Character.UnicodeScript.of(cp)))) {
                    if (run.length() > 0) {
                        out.add(run.toString());
                        run.setLength(0);
                    }
                    out.add(new String(Character.toChars(cp)));
                } else {
                    run.appendCodePoint(cp);
                }
            }
            if (run.length() > 0) {
                out.add(run.toString());
            }
        }
        return out;
    }

    /** The benchmark's tokens: Unicode {@code \w+} matches, case kept. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static TokenScore of(List<String> predicted, List<String> truth) {
        Map<String, Integer> t = new HashMap<>();
        for (String s : truth) {
            t.merge(s, 1, Integer::sum);
        }
        Map<String, Integer> p = new HashMap<>();
        for (String s : predicted) {
            p.merge(s, 1, Integer::sum);
        }
        long tp = 0;
        long fp = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            int inTruth = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(inTruth, e.getValue());
            fp += Math.max(0, e.getValue() - inTruth);
        }
        long fn = truth.size() - tp;
        return new TokenScore(tp, fp, fn);
    }

    /** 4-token shingles of a token list (the whole list when shorter). */
    static List<String> shingles(List<String> tokens) {
        List<String> out = new ArrayList<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < 4) {
            out.add(String.join(" ", tokens));
            return out;
        }
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            out.add(tokens.get(i) + " " + tokens.get(i + 1) + " " + tokens.get(i + 2) + " " + tokens.get(i + 3));
        }
        return out;
    }

    TokenScore plus(TokenScore o) {
        return new TokenScore(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    double precision() {
        return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
