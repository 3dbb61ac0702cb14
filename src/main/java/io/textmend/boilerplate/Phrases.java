package io.textmend.boilerplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A phrase list of one category, across every language textmend ships, read once from
 * {@code io/textmend/boilerplate/<lang>/<category>.txt}. A line is a phrase matched against a
 * whole normalised block; {@code *} stands for any text, so {@code phrase*} matches blocks that
 * start with it, {@code *phrase} blocks that end with it and {@code a*b} blocks that start with
 * {@code a} and end with {@code b}. Matching is linear in the block's length (no backtracking).
 * Immutable and thread-safe.
 */
public final class Phrases {

    private final Set<String> exact;
    private final Map<Integer, List<String[]>> byFirst;
    private final Map<Character, List<String[]>> byLast;
    private final List<String[]> open;
    private final int maxExactLength;

    private Phrases(Set<String> exact, List<String[]> globs) {
        this.exact = Set.copyOf(exact);
        this.maxExactLength = exact.stream().mapToInt(String::length).max().orElse(0);
        Map<Integer, List<String[]>> first = new HashMap<>();
        Map<Character, List<String[]>> last = new HashMap<>();
        List<String[]> rest = new ArrayList<>();
        for (String[] g : globs) {
            String a = g[0];
            String z = g[g.length - 1];
            if (a.length() >= 2) {
                first.computeIfAbsent(key(a.charAt(0), a.charAt(1)), k -> new ArrayList<>()).add(g);
            } else if (!a.isEmpty()) {
                first.computeIfAbsent(key(a.charAt(0), '\0'), k -> new ArrayList<>()).add(g);
            } else if (!z.isEmpty()) {
                last.computeIfAbsent(z.charAt(z.length() - 1), k -> new ArrayList<>()).add(g);
            } else {
                rest.add(g);
            }
        }
        first.replaceAll((k, v) -> List.copyOf(v));
        last.replaceAll((k, v) -> List.copyOf(v));
        this.byFirst = Map.copyOf(first);
        this.byLast = Map.copyOf(last);
        this.open = List.copyOf(rest);
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
        String m = normalized.length() >= 2
                ? firstMatch(byFirst.get(key(normalized.charAt(0), normalized.charAt(1))), normalized) : null;
        if (m == null) {
            m = firstMatch(byFirst.get(key(normalized.charAt(0), '\0')), normalized);
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

    private static String firstMatch(List<String[]> globs, String s) {
        if (globs != null) {
            for (String[] g : globs) {
                if (globMatches(g, s)) {
                    return String.join("*", g);
                }
            }
        }
        return null;
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
