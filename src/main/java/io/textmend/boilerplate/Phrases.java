package io.textmend.boilerplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A phrase list of one category, across every language textmend ships, read once from
 * {@code io/textmend/boilerplate/<lang>/<category>.txt}. A line is a phrase matched against a
 * whole normalised block; {@code *} stands for any text, so {@code phrase*} matches blocks that
 * start with it, {@code *phrase} blocks that end with it and {@code a*b} blocks that start with
 * {@code a} and end with {@code b}. Matching is linear in the block's length (no backtracking).
 * Immutable and thread-safe.
 */
public final class Phrases {

    private static final AtomicInteger LOADED = new AtomicInteger();
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[|•·¦/]\\s*");

    private final int id;
    private final Set<String> exact;
    private final GlobMap byFirst;
    private final GlobMap byLast;
    private final Glob[] open;
    private final int maxExactLength;

    /** A phrase with wildcards, split at them, and its text for reports. */
    private record Glob(String[] parts, String text) {
    }

    private Phrases(Set<String> exact, List<String[]> globs) {
        this.id = LOADED.getAndIncrement();
        this.exact = Set.copyOf(exact);
        this.maxExactLength = exact.stream().mapToInt(String::length).max().orElse(0);
        Map<Integer, List<Glob>> first = new LinkedHashMap<>();
        Map<Integer, List<Glob>> last = new LinkedHashMap<>();
        List<Glob> rest = new ArrayList<>();
        for (String[] parts : globs) {
            Glob g = new Glob(parts, String.join("*", parts));
            String a = parts[0];
            String z = parts[parts.length - 1];
            if (a.length() >= 2) {
                first.computeIfAbsent(key(a.charAt(0), a.charAt(1)), k -> new ArrayList<>()).add(g);
            } else if (!a.isEmpty()) {
                first.computeIfAbsent(key(a.charAt(0), '\0'), k -> new ArrayList<>()).add(g);
            } else if (!z.isEmpty()) {
                last.computeIfAbsent((int) z.charAt(z.length() - 1), k -> new ArrayList<>()).add(g);
            } else {
                rest.add(g);
            }
        }
        this.byFirst = new GlobMap(first);
        this.byLast = new GlobMap(last);
        this.open = rest.toArray(new Glob[0]);
    }

    /** How many lists have been loaded: ids are below this. */
    static int loaded() {
        return LOADED.get();
    }

    /** A number unique to this list, for the per-block match cache ({@link BlockScan#match}). */
    int id() {
        return id;
    }

    /** The list of a category, merged over all languages in {@code languages.txt}. */
    public static Phrases load(String category) {
        Set<String> exact = new HashSet<>();
        List<String[]> globs = new ArrayList<>();
        for (String lang : Resources.languages()) {
            for (String raw : Resources.lines(lang + "/" + category + ".txt", false)) {
                if (raw.indexOf('*') < 0) {
                    exact.add(TextDocument.normalize(raw));
                    continue;
                }
                String[] parts = raw.split("\\*", -1);
                for (int i = 0; i < parts.length; i++) {
                    String p = parts[i].toLowerCase(java.util.Locale.ROOT);
                    // inner parts keep their spaces; the outer ones are normalised like blocks
                    parts[i] = i == 0 || i == parts.length - 1 ? trimEdges(p, i == 0) : p;
                }
                globs.add(parts);
            }
        }
        return new Phrases(exact, globs);
    }

    /** The outer parts of a glob: case folded, spaces collapsed, edge punctuation trimmed on the open side only. */
    private static String trimEdges(String p, boolean first) {
        String c = TextDocument.collapse(p.toLowerCase(java.util.Locale.ROOT));
        if (first) {
            int a = 0;
            while (a < c.length() && TextDocument.isEdgePunct(c.charAt(a))) {
                a++;
            }
            return c.substring(a);
        }
        int b = c.length();
        while (b > 0 && TextDocument.isEdgePunct(c.charAt(b - 1))) {
            b--;
        }
        return c.substring(0, b);
    }

    /** True when the normalised block matches a phrase of this list. */
    public boolean matches(String normalized) {
        return match(normalized) != null;
    }

    /** True when the normalised block is exactly one of the phrases without wildcards. */
    public boolean matchesExactly(String normalized) {
        return normalized.length() <= maxExactLength && exact.contains(normalized);
    }

    /** The phrase that matched, for reports, or null. */
    public String match(String normalized) {
        if (matchesExactly(normalized)) {
            return normalized;
        }
        if (normalized.isEmpty()) {
            return null;
        }
        char c0 = normalized.charAt(0);
        String m = normalized.length() >= 2 ? firstMatch(byFirst.get(key(c0, normalized.charAt(1))), normalized) : null;
        if (m == null) {
            m = firstMatch(byFirst.get(key(c0, '\0')), normalized);
        }
        if (m == null) {
            m = firstMatch(byLast.get(normalized.charAt(normalized.length() - 1)), normalized);
        }
        return m == null ? firstMatch(open, normalized) : m;
    }

    /** Globs are indexed by the first two chars of their first part (one char and NUL when it is one char long). */
    private static int key(char a, char b) {
        return a << 16 | b;
    }

    private static String firstMatch(Glob[] globs, String s) {
        if (globs != null) {
            for (Glob g : globs) {
                if (globMatches(g.parts, s)) {
                    return g.text;
                }
            }
        }
        return null;
    }

    /**
     * True when the normalised block {@code s} splits (on separators, or else on spaces) into two or
     * more items that are each a phrase of this list without wildcards: "facebook twitter email",
     * "home | news | sport".
     */
    boolean isRowOfItems(String s) {
        int space = s.indexOf(' ');
        if (space < 0) {
            return false;
        }
        // quick rejection: the first word (or first item) must itself be listed
        int cut = space;
        for (int k = 0; k < space; k++) {
            char c = s.charAt(k);
            if (c == '|' || c == '•' || c == '·' || c == '¦' || c == '/') {
                cut = k;
                break;
            }
        }
        if (!matchesExactly(s.substring(0, cut).strip()) && s.indexOf('|') < 0 && s.indexOf('•') < 0
                && s.indexOf('·') < 0 && s.indexOf('/') < 0 && s.indexOf('¦') < 0) {
            return false;
        }
        String[] items = SEPARATORS.split(s);
        if (items.length < 2) {
            items = s.split(" ");
        }
        if (items.length < 2) {
            return false;
        }
        for (String item : items) {
            if (!matchesExactly(TextDocument.normalize(item))) {
                return false;
            }
        }
        return true;
    }

    /** Globs by an int key (a char pair, or a char), in an open-addressing table: no boxing per lookup. */
    private static final class GlobMap {

        private final int[] keys;
        private final Glob[][] values;
        private final int mask;

        GlobMap(Map<Integer, List<Glob>> m) {
            int cap = Integer.highestOneBit(Math.max(4, m.size() * 4 - 1)) << 1;
            keys = new int[cap];
            values = new Glob[cap][];
            mask = cap - 1;
            for (Map.Entry<Integer, List<Glob>> e : m.entrySet()) {
                int slot = mix(e.getKey()) & mask;
                while (values[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = e.getKey();
                values[slot] = e.getValue().toArray(new Glob[0]);
            }
        }

        Glob[] get(int key) {
            for (int slot = mix(key) & mask; values[slot] != null; slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    return values[slot];
                }
            }
            return null;
        }

        private static int mix(int k) {
            int h = k * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }

    /** Greedy left-to-right glob match: anchored first part, anchored last part, inner parts in order. */
    static boolean globMatches(String[] parts, String s) {
        String first = parts[0];
        String last = parts[parts.length - 1];
        if (s.length() < first.length() + last.length() || !s.startsWith(first) || !s.endsWith(last)) {
            return false;
        }
        int from = first.length();
        int limit = s.length() - last.length();
        for (int i = 1; i < parts.length - 1; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            int at = s.indexOf(parts[i], from);
            if (at < 0 || at + parts[i].length() > limit) {
                return false;
            }
            from = at + parts[i].length();
        }
        return true;
    }
}
