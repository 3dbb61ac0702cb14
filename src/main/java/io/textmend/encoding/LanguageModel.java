package io.textmend.encoding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Character statistics of one language: how likely each token is, and each token after another
 * (a smoothed bigram model over {@link Tokens}). Loaded from a resource table once; immutable and
 * thread-safe.
 */
final class LanguageModel {

    /** Weight of the unigram distribution when a bigram is smoothed. */
    private static final double BETA = 8.0;
    private static final double LOG_BETA = Math.log(BETA);

    private final String code;
    private final int index;
    /** log P(token) for tokens seen in training. */
    private final LongFloatMap logUni;
    /** log (count(a) + BETA), for the smoothing denominator. */
    private final LongFloatMap logDen;
    /** log P(b | a) for the bigrams kept in the table, keyed {@code a << 32 | b}. */
    private final LongFloatMap logBi;
    /** Tokens and their counts, for coverage checks. */
    private final Map<Integer, Integer> counts;
    private final long total;
    /** The scripts of this language's non-ASCII letters, by {@link Character.UnicodeScript} ordinal. */
    private final boolean[] scripts = new boolean[Character.UnicodeScript.values().length];
    /** Extra cost of an unseen character in a script the language does not write in. */
    private static final double FOREIGN_SCRIPT = -7;

    private LanguageModel(String code, int index, Map<Integer, Integer> uni, Map<Long, Integer> bi, long total) {
        this.code = code;
        this.index = index;
        this.total = total;
        this.counts = Map.copyOf(uni);
        double v = uni.size() + 1.0;
        this.logUni = new LongFloatMap(uni.size());
        this.logDen = new LongFloatMap(uni.size());
        for (Map.Entry<Integer, Integer> e : uni.entrySet()) {
            logUni.put(e.getKey(), (float) Math.log((e.getValue() + 0.5) / (total + 0.5 * v)));
            logDen.put(e.getKey(), (float) Math.log(e.getValue() + BETA));
        }
        scripts[Character.UnicodeScript.COMMON.ordinal()] = true;
        scripts[Character.UnicodeScript.INHERITED.ordinal()] = true;
        scripts[Character.UnicodeScript.LATIN.ordinal()] = true;
        for (Map.Entry<Integer, Integer> e : uni.entrySet()) {
            if (!Tokens.isAscii(e.getKey()) && e.getValue() * 2000L >= total) {
                scripts[Character.UnicodeScript.of(e.getKey()).ordinal()] = true;
            }
        }
        this.logBi = new LongFloatMap(bi.size());
        for (Map.Entry<Long, Integer> e : bi.entrySet()) {
            int a = (int) (e.getKey() >>> 32);
            int b = (int) (long) e.getKey();
            float lb = logUni.get(b);
            double pb = Float.isNaN(lb) ? 0.5 / (total + 0.5 * v) : Math.exp(lb);
            double p = (e.getValue() + BETA * pb) / (uni.getOrDefault(a, 0) + BETA);
            logBi.put(e.getKey(), (float) Math.log(p));
        }
    }

    static LanguageModel load(String code, int index, InputStream in) {
        Map<Integer, Integer> uni = new HashMap<>();
        Map<Long, Integer> bi = new HashMap<>();
        long total = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                switch (f[0]) {
                    case "total" -> total = Long.parseLong(f[1]);
                    case "u" -> uni.put(Integer.parseInt(f[1], 16), Integer.parseInt(f[2]));
                    case "b" -> bi.put(((long) Integer.parseInt(f[1], 16) << 32) | Integer.parseInt(f[2], 16),
                            Integer.parseInt(f[3]));
                    default -> throw new IllegalStateException("bad line in language table " + code + ": " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LanguageModel(code, index, uni, bi, total);
    }

    String code() {
        return code;
    }

    /** The position of this model in {@link LanguageModels#all()}. */
    int index() {
        return index;
    }

    /**
     * log P(b | a); {@code unseen} is the log probability charged for a token never seen, made
     * lower still when the token's script (a {@link Character.UnicodeScript} ordinal) is not one
     * this language writes in.
     */
    double logP(int a, int b, double unseen, short script) {
        float bi = logBi.get(((long) a << 32) | b);
        if (!Float.isNaN(bi)) {
            return bi;
        }
        float u = logUni.get(b);
        double lu = Float.isNaN(u) ? unseen + (scripts[script] ? 0 : FOREIGN_SCRIPT) : u;
        float d = logDen.get(a);
        return Float.isNaN(d) ? lu : LOG_BETA + lu - d;
    }

    /** The share of this language's non-ASCII letters that {@code encodable} accepts. */
    double coverage(java.util.function.IntPredicate encodable) {
        long all = 0;
        long ok = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (Tokens.isAscii(e.getKey()) || !Character.isLetter(e.getKey())) {
                continue; // punctuation is often written in ASCII when a code page lacks it
            }
            all += e.getValue();
            if (encodable.test(e.getKey())) {
                ok += e.getValue();
            }
        }
        return all == 0 ? 1.0 : (double) ok / all;
    }

    /** The share of all characters that are not ASCII. */
    double nonAsciiShare() {
        long n = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (!Tokens.isAscii(e.getKey())) {
                n += e.getValue();
            }
        }
        return total == 0 ? 0 : (double) n / total;
    }

    @Override
    public String toString() {
        return code;
    }
}
