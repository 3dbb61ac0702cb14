package io.textmend.mojibake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Word frequencies per language ({@code word-frequency.txt}, counted in real text leaving out the
 * lines the damage suite samples; its header says how), for guessing lost bytes a word at a time.
 * Words are strings of {@link LetterModel#token tokens}. Loaded on first use only (the clean
 * fast path never needs it); immutable and thread-safe.
 */
final class WordModel {

    static final String RESOURCE = "word-frequency.txt";

    private final String language;
    private final Map<String, Integer> counts;
    private final double total;

    private WordModel(String language, Map<String, Integer> counts, long total) {
        this.language = language;
        this.counts = counts;
        this.total = Math.max(1, total);
    }

    String language() {
        return language;
    }

    /** The word's share of the language's running words (0 when never seen twice). */
    double probability(CharSequence word) {
        Integer c = counts.get(word.toString());
        return c == null ? 0 : c / total;
    }

    /** The log-probability per running word of the sign or punctuation mark {@code c}, after a space or not. */
    float signLogProb(boolean afterSpace, char c) {
        Integer n = counts.get((afterSpace ? "<" : ">") + c);
        return (float) Math.log(((n == null ? 0 : n) + 0.05) / total);
    }

    /** Per prefix of a listed word, the summed probability of the words it begins; built on first use. */
    private volatile Map<String, Float> prefixes;

    /** The summed probability of the listed words that begin with {@code prefix}. */
    float prefixMass(CharSequence prefix) {
        Map<String, Float> p = prefixes;
        if (p == null) {
            p = new HashMap<>();
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                String w = e.getKey();
                if (w.charAt(0) == '<' || w.charAt(0) == '>') {
                    continue;
                }
                float q = (float) (e.getValue() / total);
                for (int k = 1; k <= w.length(); k++) {
                    p.merge(w.substring(0, k), q, Float::sum);
                }
            }
            prefixes = p;
        }
        Float f = p.get(prefix.toString());
        return f == null ? 0f : f;
    }

    boolean knows(CharSequence word) {
        return counts.containsKey(word.toString());
    }

    /** Every model of the resource, by language code. */
    static Map<String, WordModel> all() {
        return Holder.MODELS;
    }

    private static final class Holder {
        static final Map<String, WordModel> MODELS = load();
    }

    private static Map<String, WordModel> load() {
        Map<String, WordModel> out = new LinkedHashMap<>();
        try (InputStream in = WordModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String lang = null;
            long total = 0;
            Map<String, Integer> counts = null;
            for (String line; (line = r.readLine()) != null;) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                if (line.charAt(0) == '@') {
                    if (lang != null) {
                        out.put(lang, new WordModel(lang, counts, total));
                    }
                    int sp = line.indexOf(' ');
                    lang = line.substring(1, sp);
                    total = Long.parseLong(line.substring(sp + 1).trim());
                    counts = new HashMap<>();
                    continue;
                }
                int tab = line.indexOf('\t');
                counts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
            }
            if (lang != null) {
                out.put(lang, new WordModel(lang, counts, total));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }
}
