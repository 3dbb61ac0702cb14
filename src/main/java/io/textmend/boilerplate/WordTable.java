package io.textmend.boilerplate;

import java.util.Map;

/**
 * An open-addressing hash table from words to a {@code long} value (here a bit mask of languages),
 * looked up by a range of a char array, so that tokenising a block creates no strings. The keys'
 * chars sit in one array and each slot keeps its key's full hash, so a miss (most tokens are not
 * stopwords) reads only the slot arrays. Immutable and thread-safe after building.
 */
final class WordTable {

    private final char[] pool;
    private final int[] offsets;
    /** Key length per slot; 0 marks a free slot (no key is empty). */
    private final int[] lengths;
    private final int[] hashes;
    private final long[] values;
    private final int mask;
    private final int maxLength;

    WordTable(Map<String, Long> entries) {
        int cap = Integer.highestOneBit(Math.max(4, entries.size() * 4 - 1)) << 1;
        int chars = 0;
        for (String k : entries.keySet()) {
            chars += k.length();
        }
        pool = new char[chars];
        offsets = new int[cap];
        lengths = new int[cap];
        hashes = new int[cap];
        values = new long[cap];
        mask = cap - 1;
        int max = 0;
        int at = 0;
        for (Map.Entry<String, Long> e : entries.entrySet()) {
            String k = e.getKey();
            if (k.isEmpty()) {
                continue;
            }
            max = Math.max(max, k.length());
            int h = mix(raw(k, 0, k.length()));
            int slot = h & mask;
            while (lengths[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            k.getChars(0, k.length(), pool, at);
            offsets[slot] = at;
            lengths[slot] = k.length();
            hashes[slot] = h;
            values[slot] = e.getValue();
            at += k.length();
        }
        maxLength = max;
    }

    /**
     * The value of the word {@code a[from, to)}, or 0 when it is not in the table; the caller has
     * already summed the word's chars as {@code h = 31 * h + c} ({@code rawHash}) while finding
     * where it ends.
     */
    long get(char[] a, int from, int to, int rawHash) {
        int len = to - from;
        if (len > maxLength || len <= 0) {
            return 0;
        }
        int h = mix(rawHash);
        for (int slot = h & mask, l; (l = lengths[slot]) != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && l == len && equal(offsets[slot], a, from, len)) {
                return values[slot];
            }
        }
        return 0;
    }

    /** The value of the word {@code s.substring(from, to)}, or 0 when it is not in the table. */
    long get(String s, int from, int to) {
        int len = to - from;
        if (len > maxLength || len <= 0) {
            return 0;
        }
        // String.hashCode sums the chars the same way (and is kept in the string)
        int h = mix(from == 0 && to == s.length() ? s.hashCode() : raw(s, from, to));
        for (int slot = h & mask, l; (l = lengths[slot]) != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && l == len && equal(offsets[slot], s, from, len)) {
                return values[slot];
            }
        }
        return 0;
    }

    private boolean equal(int offset, char[] a, int from, int len) {
        for (int i = 0; i < len; i++) {
            if (pool[offset + i] != a[from + i]) {
                return false;
            }
        }
        return true;
    }

    private boolean equal(int offset, String s, int from, int len) {
        for (int i = 0; i < len; i++) {
            if (pool[offset + i] != s.charAt(from + i)) {
                return false;
            }
        }
        return true;
    }

    private static int raw(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    private static int mix(int h) {
        return h ^ (h >>> 15) ^ (h >>> 7);
    }
}
