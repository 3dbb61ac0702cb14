package io.textmend.boilerplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final Map<String, Phrases> CACHE = new ConcurrentHashMap<>();
    /** The categories the filters use, matched all at once per block ({@link Book}). */
    static final List<String> BOOK_CATEGORIES = List.of("navigation", "share", "consent", "interruption", "related",
            "footer", "copyright", "credits", "spam");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[|•·¦/]\\s*");

    private final int id;
    private final int bookIndex;
    private final List<Glob> globs;
    private final Set<String> exact;
    /** The exact phrases again, looked up by a range of a string without making a substring. */
    private final WordTable exactTable;
    private final GlobMap byFirst;
    private final GlobMap byLast;
    private final Glob[] open;
    private final int maxExactLength;

    /** A phrase with wildcards, split at them, its text for reports, and the book index of its list. */
    private record Glob(String[] parts, String text, int list, int seq) {
    }

    private Phrases(String category, Set<String> exact, List<String[]> globs) {
        this.id = LOADED.getAndIncrement();
        this.bookIndex = BOOK_CATEGORIES.indexOf(category);
        this.exact = Set.copyOf(exact);
        Map<String, Long> table = new HashMap<>();
        for (String e : exact) {
            table.put(e, 1L);
        }
        this.exactTable = new WordTable(table);
        this.maxExactLength = exact.stream().mapToInt(String::length).max().orElse(0);
        Map<Integer, List<Glob>> first = new LinkedHashMap<>();
        Map<Integer, List<Glob>> last = new LinkedHashMap<>();
        List<Glob> rest = new ArrayList<>();
        List<Glob> all = new ArrayList<>();
        for (String[] parts : globs) {
            Glob g = new Glob(parts, String.join("*", parts), bookIndex, all.size());
            all.add(g);
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
        this.globs = List.copyOf(all);
    }

    /** How many lists have been loaded: ids are below this. */
    static int loaded() {
        return LOADED.get();
    }

    /** A number unique to this list, for the per-block match cache ({@link BlockScan#match}). */
    int id() {
        return id;
    }

    /** Position among {@link #BOOK_CATEGORIES}, or -1 for a list outside the book. */
    int bookIndex() {
        return bookIndex;
    }

    /** The list of a category, merged over all languages in {@code languages.txt}; read once. */
    public static Phrases load(String category) {
        return CACHE.computeIfAbsent(category, Phrases::read);
    }

    private static Phrases read(String category) {
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
        return new Phrases(category, exact, globs);
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
        if (s.indexOf('|') < 0 && s.indexOf('•') < 0 && s.indexOf('·') < 0 && s.indexOf('/') < 0
                && s.indexOf('¦') < 0) {
            // s.substring(0, cut).strip() must be listed, looked up in place
            int from = 0;
            int to = cut;
            while (from < to && Character.isWhitespace(s.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
                to--;
            }
            if (exactTable.get(s, from, to) == 0) {
                return false;
            }
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

    /**
     * The lists of {@link #BOOK_CATEGORIES} merged, so that a block is matched against all of them in
     * one pass: one lookup of the whole block among the exact phrases (giving the lists that hold
     * it), one lookup per bucket of globs (the globs of all lists, each list's in its own order).
     * The result for each list is what {@link Phrases#match} gives. Immutable and thread-safe.
     */
    static final class Book {

        static final Book DEFAULT = new Book(BOOK_CATEGORIES.stream().map(Phrases::load).toList());

        /** Longest prefix of a glob's first part that buckets it. */
        private static final int PREFIX = 4;

        private final int size;
        /** Exact phrases to the bit mask of the lists holding them. */
        private final WordTable exact;
        /** The lists holding a phrase that normalises to nothing (a table key is never empty). */
        private final int emptyLists;
        /** Globs whose first part has two chars or more, by its first 2, 3 or 4 chars (index: that length). */
        private final GlobMap[] byPrefix = new GlobMap[PREFIX + 1];
        private final GlobMap byFirst;
        private final GlobMap byLast;
        private final Glob[] open;

        private Book(List<Phrases> lists) {
            size = lists.size();
            if (size > 31) {
                throw new IllegalArgumentException("a book holds at most 31 lists");
            }
            Map<String, Long> ex = new HashMap<>();
            List<Map<Long, List<Glob>>> prefixes = new ArrayList<>();
            for (int k = 0; k <= PREFIX; k++) {
                prefixes.add(new LinkedHashMap<>());
            }
            Map<Integer, List<Glob>> first = new LinkedHashMap<>();
            Map<Integer, List<Glob>> last = new LinkedHashMap<>();
            List<Glob> rest = new ArrayList<>();
            for (int j = 0; j < size; j++) {
                Phrases p = lists.get(j);
                for (String e : p.exact) {
                    ex.merge(e, 1L << j, (a, b) -> a | b);
                }
                for (Glob g : p.globs) {
                    String a = g.parts[0];
                    String z = g.parts[g.parts.length - 1];
                    if (a.length() >= 2) {
                        int len = Math.min(a.length(), PREFIX);
                        prefixes.get(len).computeIfAbsent(pack(a, len), k -> new ArrayList<>()).add(g);
                    } else if (!a.isEmpty()) {
                        first.computeIfAbsent(key(a.charAt(0), '\0'), k -> new ArrayList<>()).add(g);
                    } else if (!z.isEmpty()) {
                        last.computeIfAbsent((int) z.charAt(z.length() - 1), k -> new ArrayList<>()).add(g);
                    } else {
                        rest.add(g);
                    }
                }
            }
            for (int k = 2; k <= PREFIX; k++) {
                byPrefix[k] = new GlobMap(prefixes.get(k));
            }
            exact = new WordTable(ex);
            Long none = ex.get("");
            emptyLists = none == null ? 0 : (int) (long) none;
            byFirst = new GlobMap(first);
            byLast = new GlobMap(last);
            open = rest.toArray(new Glob[0]);
        }

        /** For each list, by book index, the phrase the normalised block matches, or null. */
        String[] match(String normalized) {
            String[] r = new String[size];
            int all = (1 << size) - 1;
            int done = normalized.isEmpty() ? emptyLists : (int) exact.get(normalized, 0, normalized.length());
            for (int m = done; m != 0; m &= m - 1) {
                r[Integer.numberOfTrailingZeros(m)] = normalized;
            }
            if (normalized.isEmpty() || done == all) {
                return r;
            }
            char c0 = normalized.charAt(0);
            if (normalized.length() >= 2) {
                done = scanPrefixes(normalized, r, done);
            }
            if (done != all) {
                done = scan(byFirst.get(key(c0, '\0')), normalized, r, done);
            }
            if (done != all) {
                done = scan(byLast.get(normalized.charAt(normalized.length() - 1)), normalized, r, done);
            }
            if (done != all) {
                scan(open, normalized, r, done);
            }
            return r;
        }

        /**
         * The globs whose first part has two chars or more: those that can start the block are in
         * the buckets of its first 2, 3 and 4 chars; of those that match, each list not yet matched
         * takes its first in the list's order, as {@link Phrases#match} would from its bucket of the
         * first two chars. Returns the lists matched now and before.
         */
        private int scanPrefixes(String s, String[] r, int done) {
            Glob[] best = null;
            for (int len = 2; len <= PREFIX && len <= s.length(); len++) {
                Glob[] bucket = byPrefix[len].get(pack(s, len));
                if (bucket == null) {
                    continue;
                }
                for (Glob g : bucket) {
                    if ((done & 1 << g.list) == 0 && (best == null || best[g.list] == null || g.seq < best[g.list].seq)
                            && globMatches(g.parts, s)) {
                        best = best == null ? new Glob[size] : best;
                        best[g.list] = g;
                    }
                }
            }
            if (best != null) {
                for (int j = 0; j < size; j++) {
                    if (best[j] != null) {
                        r[j] = best[j].text;
                        done |= 1 << j;
                    }
                }
            }
            return done;
        }

        /** The first {@code len} (at most four) chars of {@code s}, sixteen bits each. */
        private static long pack(String s, int len) {
            long k = 0;
            for (int i = 0; i < len; i++) {
                k = k << 16 | s.charAt(i);
            }
            return k;
        }

        /** The first matching glob of each list not yet matched; returns the lists matched now. */
        private static int scan(Glob[] globs, String s, String[] r, int done) {
            if (globs != null) {
                for (Glob g : globs) {
                    if ((done & 1 << g.list) == 0 && globMatches(g.parts, s)) {
                        r[g.list] = g.text;
                        done |= 1 << g.list;
                    }
                }
            }
            return done;
        }
    }

    /**
     * Globs by key (up to four chars packed in a long; a char or a char pair widened from an int), in an
     * open-addressing table: no boxing per lookup.
     */
    private static final class GlobMap {

        private final long[] keys;
        private final Glob[][] values;
        private final int mask;

        GlobMap(Map<? extends Number, List<Glob>> m) {
            int cap = Integer.highestOneBit(Math.max(4, m.size() * 4 - 1)) << 1;
            keys = new long[cap];
            values = new Glob[cap][];
            mask = cap - 1;
            for (Map.Entry<? extends Number, List<Glob>> e : m.entrySet()) {
                long key = e.getKey().longValue();
                int slot = mix(key) & mask;
                while (values[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                values[slot] = e.getValue().toArray(new Glob[0]);
            }
        }

        Glob[] get(long key) {
            for (int slot = mix(key) & mask; values[slot] != null; slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    return values[slot];
                }
            }
            return null;
        }

        private static int mix(long k) {
            long h = k * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 32) ^ (int) h;
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
