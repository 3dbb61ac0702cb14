package io.textmend.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The class and id words that are evidence for or against content, read once from
 * {@code vocabulary.txt}. Immutable and thread-safe.
 */
final class Vocabulary {

    /** The sections of the vocabulary file. */
    enum Kind { UP, DOWN, DROP, KEEP }

    private static final Vocabulary DEFAULT = load("vocabulary.txt");

    private final Matcher matcher;

    Vocabulary(Matcher matcher) {
        this.matcher = matcher;
    }

    static Vocabulary defaults() {
        return DEFAULT;
    }

    /** The element's class and id, lower-cased; empty when it has neither. */
    static String label(Element e) {
        return label(e.className(), e.id());
    }

    private static String label(String cls, String id) {
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    /**
     * A per-call cache of label matches: pages repeat the same class names many times. Elements
     * with a class and no id (the usual case) are looked up by their raw class attribute, so the
     * label is only built and lower-cased once per distinct class. Not thread-safe.
     */
    final class Memo {
        private final java.util.HashMap<String, Integer> masks = new java.util.HashMap<>();
        private final java.util.HashMap<String, Integer> byClass = new java.util.HashMap<>();

        /** Bit {@code 1 << kind.ordinal()} set for each section the label matches. */
        int mask(String label) {
            if (label.isEmpty()) {
                return 0;
            }
            Integer m = masks.get(label);
            if (m == null) {
                m = matcher.mask(label);
                masks.put(label, m);
            }
            return m;
        }

        /** {@link #mask(String)} of the element's {@link #label(Element) label}. */
        int mask(Element e) {
            String cls = e.className();
            String id = e.id();
            if (!id.isEmpty()) {
                return mask(label(cls, id));
            }
            if (cls.isEmpty()) {
                return 0;
            }
            Integer m = byClass.get(cls);
            if (m == null) {
                m = mask(label(cls, id));
                byClass.put(cls, m);
            }
            return m;
        }

        boolean matches(Kind kind, String label) {
            return (mask(label) & 1 << kind.ordinal()) != 0;
        }

        int weight(String label) {
            return Vocabulary.weight(mask(label));
        }

        /** {@link #weight(String)} of the element's label. */
        int weight(Element e) {
            return Vocabulary.weight(mask(e));
        }
    }

    /** +25 for the UP bit, -25 for the DOWN bit of a mask. */
    static int weight(int mask) {
        return ((mask & 1 << Kind.UP.ordinal()) != 0 ? 25 : 0) - ((mask & 1 << Kind.DOWN.ordinal()) != 0 ? 25 : 0);
    }

    Memo memo() {
        return new Memo();
    }

    boolean matches(Kind kind, String label) {
        return !label.isEmpty() && (matcher.mask(label) & 1 << kind.ordinal()) != 0;
    }

    /** +25 for content words, -25 for boilerplate words, both possible. */
    int weight(String label) {
        if (label.isEmpty()) {
            return 0;
        }
        int w = 0;
        if (matches(Kind.UP, label)) {
            w += 25;
        }
        if (matches(Kind.DOWN, label)) {
            w -= 25;
        }
        return w;
    }

    private static Vocabulary load(String resource) {
        Map<Kind, List<String>> subs = new EnumMap<>(Kind.class);
        Map<Kind, List<String>> tokens = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            subs.put(k, new ArrayList<>());
            tokens.put(k, new ArrayList<>());
        }
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/textmend/html/" + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Kind current = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    current = Kind.valueOf(t.substring(1, t.length() - 1).toUpperCase(Locale.ROOT));
                } else if (current == null) {
                    throw new IllegalStateException(resource + ": word before any section: " + t);
                } else if (t.startsWith("=")) {
                    tokens.get(current).add(t.substring(1).toLowerCase(Locale.ROOT));
                } else {
                    subs.get(current).add(t.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> subMasks = new java.util.LinkedHashMap<>();
        Map<String, Integer> tokenMasks = new java.util.HashMap<>();
        for (Kind k : Kind.values()) {
            int bit = 1 << k.ordinal();
            subs.get(k).forEach(w -> subMasks.merge(w, bit, (a, b) -> a | b));
            tokens.get(k).forEach(w -> tokenMasks.merge(w, bit, (a, b) -> a | b));
        }
        return new Vocabulary(new Matcher(subMasks, tokenMasks));
    }

    /**
     * All sections' substring words in one Aho-Corasick automaton: a label is scanned once, left to
     * right, and every word occurring anywhere in it adds its sections' bits. Characters that occur
     * in no word share one symbol, which leads back to the start. Whole-token words sit in a map.
     * Immutable after building.
     */
    static final class Matcher {
        /** Symbol of each ASCII char (0: in no word); other chars are looked up in {@link #wideSymbols}. */
        private final int[] asciiSymbols = new int[128];
        private final Map<Character, Integer> wideSymbols = new java.util.HashMap<>();
        private final int symbols;
        /** {@code next[state * symbols + symbol]}: the automaton's transitions, failures folded in. */
        private final int[] next;
        /** The bits of every word that ends on reaching a state, its suffixes' words included. */
        private final int[] out;
        private final Map<String, Integer> tokens;
        private final int longestToken;
        /** ASCII chars some whole-token word starts with; {@link #wideTokenStart}: some starts beyond ASCII. */
        private final boolean[] tokenStarts = new boolean[128];
        private final boolean wideTokenStart;

        Matcher(Map<String, Integer> substrings, Map<String, Integer> tokens) {
            int sym = 1;
            for (String w : substrings.keySet()) {
                for (int i = 0; i < w.length(); i++) {
                    char c = w.charAt(i);
                    if (c < 128) {
                        if (asciiSymbols[c] == 0) {
                            asciiSymbols[c] = sym++;
                        }
                    } else if (!wideSymbols.containsKey(c)) {
                        wideSymbols.put(c, sym++);
                    }
                }
            }
            this.symbols = sym;
            // the trie, as growing arrays of child links (-1: none)
            List<int[]> children = new ArrayList<>();
            List<Integer> masks = new ArrayList<>();
            children.add(newRow(sym));
            masks.add(0);
            for (Map.Entry<String, Integer> w : substrings.entrySet()) {
                if (w.getKey().isEmpty()) {
                    continue;
                }
                int state = 0;
                for (int i = 0; i < w.getKey().length(); i++) {
                    int a = symbol(w.getKey().charAt(i));
                    int child = children.get(state)[a];
                    if (child < 0) {
                        child = children.size();
                        children.get(state)[a] = child;
                        children.add(newRow(sym));
                        masks.add(0);
                    }
                    state = child;
                }
                masks.set(state, masks.get(state) | w.getValue());
            }
            int states = children.size();
            this.next = new int[states * sym];
            this.out = new int[states];
            int[] fail = new int[states];
            int[] queue = new int[states];
            int head = 0;
            int tail = 0;
            for (int a = 0; a < sym; a++) {
                int child = children.get(0)[a];
                if (child < 0) {
                    next[a] = 0;
                } else {
                    next[a] = child;
                    fail[child] = 0;
                    queue[tail++] = child;
                }
            }
            out[0] = masks.get(0);
            while (head < tail) {
                int s = queue[head++];
                out[s] = masks.get(s) | out[fail[s]];
                for (int a = 0; a < sym; a++) {
                    int child = children.get(s)[a];
                    if (child < 0) {
                        next[s * sym + a] = next[fail[s] * sym + a];
                    } else {
                        next[s * sym + a] = child;
                        fail[child] = next[fail[s] * sym + a];
                        queue[tail++] = child;
                    }
                }
            }
            this.tokens = Map.copyOf(tokens);
            this.longestToken = tokens.keySet().stream().mapToInt(String::length).max().orElse(0);
            boolean wide = false;
            for (String t : tokens.keySet()) {
                if (t.isEmpty()) {
                    continue;
                }
                char c = t.charAt(0);
                if (c < 128) {
                    tokenStarts[c] = true;
                } else {
                    wide = true;
                }
            }
            this.wideTokenStart = wide;
        }

        private static boolean isLetterOrDigit(char c) {
            return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    : Character.isLetterOrDigit(c);
        }

        private static int[] newRow(int n) {
            int[] row = new int[n];
            java.util.Arrays.fill(row, -1);
            return row;
        }

        private int symbol(char c) {
            if (c < 128) {
                return asciiSymbols[c];
            }
            if (wideSymbols.isEmpty()) {
                return 0;
            }
            Integer s = wideSymbols.get(c);
            return s == null ? 0 : s;
        }

        int mask(String label) {
            int bits = 0;
            int n = label.length();
            int state = 0;
            for (int i = 0; i < n; i++) {
                state = next[state * symbols + symbol(label.charAt(i))];
                bits |= out[state];
            }
            if (!tokens.isEmpty()) {
                int start = -1;
                for (int i = 0; i <= n; i++) {
                    boolean word = i < n && isLetterOrDigit(label.charAt(i));
                    if (word && start < 0) {
                        start = i;
                    } else if (!word && start >= 0) {
                        char first = label.charAt(start);
                        if (i - start <= longestToken && (first < 128 ? tokenStarts[first] : wideTokenStart)) {
                            Integer t = tokens.get(label.substring(start, i));
                            if (t != null) {
                                bits |= t;
                            }
                        }
                        start = -1;
                    }
                }
            }
            return bits;
        }
    }
}
