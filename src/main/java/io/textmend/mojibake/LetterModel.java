package io.textmend.mojibake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Letter-bigram models of the languages whose text a legacy single-byte code page carries
 * (Latin, Cyrillic, Greek, Hebrew, Arabic, Thai), counted in real text: the resource
 * {@code letter-bigrams.txt} (its header says how it was made). Text is reduced to
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

    private LetterModel(String language, Map<Integer, Integer> bigrams) {
        this.language = language;
        int[] first = new int[65536];
        int[] uni = new int[65536];
        long total = 0;
        for (Map.Entry<Integer, Integer> e : bigrams.entrySet()) {
            int a = e.getKey() >>> 16;
            int b = e.getKey() & 0xFFFF;
            first[a] += e.getValue();
            uni[b] += e.getValue();
            total += e.getValue();
        }
        int cap = Integer.highestOneBit(Math.max(16, bigrams.size() * 2)) << 1;
        keys = new int[cap];
        values = new float[cap];
        unseenAfterKnown = new float[65536];
        unseenAfterUnknown = new float[65536];
        known = new boolean[65536];
        double denom = total + BETA * VOCABULARY;
        for (int c = 0; c < 65536; c++) {
            double pu = (uni[c] + BETA) / denom;
            unseenAfterUnknown[c] = (float) Math.log(pu);
            unseenAfterKnown[c] = (float) Math.log((1 - LAMBDA) * pu);
            known[c] = first[c] > 0;
        }
        for (Map.Entry<Integer, Integer> e : bigrams.entrySet()) {
            int a = e.getKey() >>> 16;
            int b = e.getKey() & 0xFFFF;
            double pu = (uni[b] + BETA) / denom;
            double p = LAMBDA * e.getValue() / (double) first[a] + (1 - LAMBDA) * pu;
            put(e.getKey(), (float) Math.log(p));
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

    private static final char[] TOKENS = new char[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            TOKENS[c] = computeToken((char) c);
        }
    }

    /** The token of a character: a lower-cased letter or mark, {@link #SIGN}, or {@link #BOUNDARY}. */
    static char token(char c) {
        return TOKENS[c];
    }

    private static char computeToken(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' ? c : c >= 'A' && c <= 'Z' ? (char) (c + 32) : BOUNDARY;
        }
        int type = Character.getType(c);
        switch (type) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.NON_SPACING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.ENCLOSING_MARK:
                return Character.toLowerCase(c);
            case Character.SPACE_SEPARATOR:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.CONNECTOR_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return BOUNDARY;
            default:
                return SIGN;
        }
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

    private static Map<String, LetterModel> load() {
        Map<String, LetterModel> out = new LinkedHashMap<>();
        try (InputStream in = LetterModel.class.getResourceAsStream("letter-bigrams.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource letter-bigrams.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String lang = null;
            Map<Integer, Integer> bigrams = new HashMap<>();
            List<String> order = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("@")) {
                    if (lang != null) {
                        out.put(lang, new LetterModel(lang, bigrams));
                    }
                    lang = line.substring(1).strip();
                    order.add(lang);
                    bigrams = new HashMap<>();
                    continue;
                }
                // "ab<TAB>count"
                int tab = line.indexOf('\t');
                if (tab != 2 || lang == null) {
                    throw new IllegalStateException("bad line in letter-bigrams.txt: " + line);
                }
                int key = line.charAt(0) << 16 | line.charAt(1);
                bigrams.merge(key, Integer.parseInt(line.substring(tab + 1)), Integer::sum);
            }
            if (lang != null) {
                out.put(lang, new LetterModel(lang, bigrams));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }
}
