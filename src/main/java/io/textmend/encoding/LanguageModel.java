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
    /** log P(token) by {@link TokenIndex} id, NaN for tokens not seen in training. */
    private final float[] logUni;
    /** log (count(a) + BETA) by id, for the smoothing denominator; NaN for unseen tokens. */
    private final float[] logDen;
    /** log P(b | a) for the bigrams kept in the table, keyed {@code a << 32 | b}. */
    private final LongFloatMap logBi;
    /** Tokens and their counts, for coverage checks. */
    private final Map<Integer, Integer> counts;
    private final long total;
    /** The scripts of this language's non-ASCII letters, by {@link Character.UnicodeScript} ordinal. */
    private final boolean[] scripts = new boolean[Character.UnicodeScript.values().length];
    /** Extra cost of an unseen character in a script the language does not write in. */
    private static final double FOREIGN_SCRIPT = -7;

    /** log P(b | a) for pairs of ASCII tokens, indexed {@code class(a) * ASCII_CLASSES + class(b)}. */
    private final double[] asciiLogP = new double[Tokens.ASCII_CLASSES * Tokens.ASCII_CLASSES];

    /** The counts read from a table, before the shared token index exists. */
    record Raw(String code, Map<Integer, Integer> uni, Map<Long, Integer> bi, long total) {
    }

    LanguageModel(Raw raw, int index, TokenIndex ids) {
        this(raw.code(), index, raw.uni(), raw.bi(), raw.total(), ids);
    }

    private LanguageModel(String code, int index, Map<Integer, Integer> uni, Map<Long, Integer> bi, long total,
            TokenIndex ids) {
        this.code = code;
        this.index = index;
        this.total = total;
        this.counts = Map.copyOf(uni);
        double v = uni.size() + 1.0;
        this.logUni = new float[ids.size()];
        this.logDen = new float[ids.size()];
        java.util.Arrays.fill(logUni, Float.NaN);
        java.util.Arrays.fill(logDen, Float.NaN);
        for (Map.Entry<Integer, Integer> e : uni.entrySet()) {
            int id = ids.id(e.getKey());
            logUni[id] = (float) Math.log((e.getValue() + 0.5) / (total + 0.5 * v));
            logDen[id] = (float) Math.log(e.getValue() + BETA);
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
            float lb = logUni[ids.id(b)];
            double pb = Float.isNaN(lb) ? 0.5 / (total + 0.5 * v) : Math.exp(lb);
            double p = (e.getValue() + BETA * pb) / (uni.getOrDefault(a, 0) + BETA);
            logBi.put(e.getKey(), (float) Math.log(p));
        }
        for (int q = 0; q < asciiLogP.length; q++) {
            int a = Tokens.asciiToken(q / Tokens.ASCII_CLASSES);
            int b = Tokens.asciiToken(q % Tokens.ASCII_CLASSES);
            asciiLogP[q] = logP(a, b, ids.id(a), ids.id(b), -16, (short) 0);
        }
    }

    /** log P(b), ignoring context: the cheap first-pass score. */
    double logUnigram(int idb, double unseen, short script) {
        float u = idb < 0 ? Float.NaN : logUni[idb];
        return Float.isNaN(u) ? unseen + (scripts[script] ? 0 : FOREIGN_SCRIPT) : u;
    }

    /** log P(b | a) for two ASCII tokens given by class index. */
    double asciiLogP(int pair) {
        return asciiLogP[pair];
    }

    static Raw load(String code, InputStream in) {
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
        return new Raw(code, uni, bi, total);
    }

    String code() {
        return code;
    }

    /** The position of this model in {@link LanguageModels#all()}. */
    int index() {
        return index;
    }

    /**
     * log P(b | a), for tokens {@code a} and {@code b} with their {@link TokenIndex} ids (-1 when
     * no language has them); {@code unseen} is the log probability charged for a token never
     * seen, made lower still when the token's script (a {@link Character.UnicodeScript} ordinal)
     * is not one this language writes in.
     */
    double logP(int a, int b, int ida, int idb, double unseen, short script) {
        float u = idb < 0 ? Float.NaN : logUni[idb];
        if (Float.isNaN(u)) {
            double lu = unseen + (scripts[script] ? 0 : FOREIGN_SCRIPT);
            float d = ida < 0 ? Float.NaN : logDen[ida];
            return Float.isNaN(d) ? lu : LOG_BETA + lu - d;
        }
        float d = ida < 0 ? Float.NaN : logDen[ida];
        if (Float.isNaN(d)) {
            return u;
        }
        float bi = logBi.get(((long) a << 32) | b);
        return Float.isNaN(bi) ? LOG_BETA + u - d : bi;
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
