package io.textmend.mojibake;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Letter-bigram models of the languages whose text a legacy single-byte code page carries
 * (Latin, Cyrillic, Greek, Hebrew, Arabic, Thai), counted in real text: the resource
 * {@code letter-bigrams.txt} (its header says how it was made), shipped parsed as
 * {@code letter-models.bin}. Text is reduced to
 * {@link #token tokens}: letters and combining marks lower-cased, other non-ASCII signs one sign
 * token, everything else (spaces, digits, punctuation) a word boundary. The score of a text in
 * a language is the natural log-likelihood of its token bigrams, interpolated with the letter's
 * own frequency, so a letter the language never writes costs about 12 nats. Loaded once;
 * immutable and thread-safe.
 */
final class LetterModel {

    /** The word-boundary token. */
    static final char BOUNDARY = '_';
    /** The token of a non-ASCII sign that is neither a letter nor punctuation (¹ ³ ¼ ± ©). */
    static final char SIGN = '\u00A7';

    private static final float LAMBDA = 0.9f;
    private static final float BETA = 0.5f;
    private static final int VOCABULARY = 65536;

    private final String language;
    /** Open-addressing table of bigram keys {@code a << 16 | b} (0 = empty) and their log-probabilities. */
    private final int[] keys;
    private final float[] values;
    /** Per token: log of (1 − λ) × its unigram probability, for a bigram never seen after a known token. */
    private final float[] unseenAfterKnown;
    /** Per token: log of its unigram probability, after a token never seen at all. */
    private final float[] unseenAfterUnknown;
    private final boolean[] known;

    /** A model of bigram keys {@code a << 16 | b} (each once) and their counts. */
    private LetterModel(String language, int[] bigramKeys, int[] counts) {
        this.language = language;
        int[] first = new int[65536];
        int[] uni = new int[65536];
        long total = 0;
        for (int k = 0; k < bigramKeys.length; k++) {
            int a = bigramKeys[k] >>> 16;
            int b = bigramKeys[k] & 0xFFFF;
            first[a] += counts[k];
            uni[b] += counts[k];
            total += counts[k];
        }
        int cap = Integer.highestOneBit(Math.max(16, bigramKeys.length * 2)) << 1;
        keys = new int[cap];
        values = new float[cap];
        unseenAfterKnown = new float[65536];
        unseenAfterUnknown = new float[65536];
        known = new boolean[65536];
        double denom = total + BETA * VOCABULARY;
        // a token never seen second has the same two values as every other such token
        double p0 = BETA / denom;
        Arrays.fill(unseenAfterUnknown, (float) Math.log(p0));
        Arrays.fill(unseenAfterKnown, (float) Math.log((1 - LAMBDA) * p0));
        for (int c = 0; c < 65536; c++) {
            if (uni[c] != 0) {
                double pu = (uni[c] + BETA) / denom;
                unseenAfterUnknown[c] = (float) Math.log(pu);
                unseenAfterKnown[c] = (float) Math.log((1 - LAMBDA) * pu);
            }
            known[c] = first[c] > 0;
        }
        for (int k = 0; k < bigramKeys.length; k++) {
            int a = bigramKeys[k] >>> 16;
            int b = bigramKeys[k] & 0xFFFF;
            double pu = (uni[b] + BETA) / denom;
            double p = LAMBDA * counts[k] / (double) first[a] + (1 - LAMBDA) * pu;
            put(bigramKeys[k], (float) Math.log(p));
        }
    }

    private void put(int key, float value) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = i + 1 & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B1;
        return h ^ h >>> 15;
    }

    String language() {
        return language;
    }

    /** The log-probability of token {@code b} after token {@code a}. */
    float logProb(char a, char b) {
        int key = a << 16 | b;
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return values[i];
            }
            i = i + 1 & mask;
        }
        return known[a] ? unseenAfterKnown[b] : unseenAfterUnknown[b];
    }

    /** The log-probability of token {@code c} alone. */
    float unigram(char c) {
        return unseenAfterUnknown[c];
    }

    /** The token of a character: a lower-cased letter or mark, {@link #SIGN}, or {@link #BOUNDARY}. */
    static char token(char c) {
        return CharClass.token(c);
    }

    /**
     * The log-likelihood of {@code s} in this language, and in {@code counts[0]} the number of
     * bigrams scored (a boundary before and after the text is assumed).
     */
    float score(CharSequence s, int[] counts) {
        float total = 0;
        int n = 0;
        char prev = BOUNDARY;
        for (int i = 0; i < s.length(); i++) {
            char t = token(s.charAt(i));
            if (t == BOUNDARY && prev == BOUNDARY) {
                continue;
            }
            total += logProb(prev, t);
            n++;
            prev = t;
        }
        if (prev != BOUNDARY) {
            total += logProb(prev, BOUNDARY);
            n++;
        }
        if (counts != null) {
            counts[0] = n;
        }
        return total;
    }

    /** Every model of the resource, by language code, in the resource's order. */
    static Map<String, LetterModel> all() {
        return Holder.MODELS;
    }

    /** The model of one language; fails for a language the resource lacks. */
    static LetterModel of(String language) {
        LetterModel m = Holder.MODELS.get(language);
        if (m == null) {
            throw new IllegalArgumentException("no letter model for " + language);
        }
        return m;
    }

    private static final class Holder {
        static final Map<String, LetterModel> MODELS = load();
    }

    /** The shipped models: {@code letter-bigrams.txt} parsed by {@code BinaryTablesGenerator}. */
    static final String RESOURCE = "letter-models.bin";

    private static Map<String, LetterModel> load() {
        Map<String, LetterModel> out = new LinkedHashMap<>();
        BinaryTables t = BinaryTables.open(RESOURCE);
        for (int n = t.readInt(); n > 0; n--) {
            String lang = t.string();
            int size = t.readInt();
            int[] keys = t.ints(size);
            int[] counts = t.ints(size);
            out.put(lang, new LetterModel(lang, keys, counts));
        }
        t.end();
        return Collections.unmodifiableMap(out);
    }
}
