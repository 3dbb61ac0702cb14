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

    private Vocabulary(Matcher matcher) {
        this.matcher = matcher;
    }

    static Vocabulary defaults() {
        return DEFAULT;
    }

    /** The element's class and id, lower-cased; empty when it has neither. */
    static String label(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    /** A per-call cache of label matches: pages repeat the same class names many times. Not thread-safe. */
    final class Memo {
        private final java.util.HashMap<String, Integer> masks = new java.util.HashMap<>();

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

        boolean matches(Kind kind, String label) {
            return (mask(label) & 1 << kind.ordinal()) != 0;
        }

        int weight(String label) {
            int m = mask(label);
            return ((m & 1 << Kind.UP.ordinal()) != 0 ? 25 : 0) - ((m & 1 << Kind.DOWN.ordinal()) != 0 ? 25 : 0);
        }
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
        Matcher m = new Matcher();
        for (Kind k : Kind.values()) {
            int bit = 1 << k.ordinal();
            subs.get(k).forEach(w -> m.addSubstring(w, bit));
            tokens.get(k).forEach(w -> m.addToken(w, bit));
        }
        return new Vocabulary(m);
    }

    /**
     * All sections' words in one trie: a label is scanned once from each position, collecting the
     * sections whose words occur in it. Whole-token words sit in a map. Immutable after building.
     */
    private static final class Matcher {
        private final java.util.Map<Character, Node> roots = new java.util.HashMap<>();
        private final java.util.Map<String, Integer> tokens = new java.util.HashMap<>();

        /** One trie node; {@code mask} has the bits of the sections whose word ends here. */
        private static final class Node {
            final java.util.Map<Character, Node> next = new java.util.HashMap<>();
            int mask;
        }

        void addSubstring(String word, int bit) {
            java.util.Map<Character, Node> level = roots;
            Node n = null;
            for (int i = 0; i < word.length(); i++) {
                n = level.computeIfAbsent(word.charAt(i), c -> new Node());
                level = n.next;
            }
            if (n != null) {
                n.mask |= bit;
            }
        }

        void addToken(String word, int bit) {
            tokens.merge(word, bit, (a, b) -> a | b);
        }

        int mask(String label) {
            int bits = 0;
            int n = label.length();
            for (int i = 0; i < n; i++) {
                java.util.Map<Character, Node> level = roots;
                for (int j = i; j < n; j++) {
                    Node node = level.get(label.charAt(j));
                    if (node == null) {
                        break;
                    }
                    bits |= node.mask;
                    level = node.next;
                }
            }
            if (!tokens.isEmpty()) {
                int start = -1;
                for (int i = 0; i <= n; i++) {
                    boolean word = i < n && Character.isLetterOrDigit(label.charAt(i));
                    if (word && start < 0) {
                        start = i;
                    } else if (!word && start >= 0) {
                        Integer t = tokens.get(label.substring(start, i));
                        if (t != null) {
                            bits |= t;
                        }
                        start = -1;
                    }
                }
            }
            return bits;
        }
    }
}
