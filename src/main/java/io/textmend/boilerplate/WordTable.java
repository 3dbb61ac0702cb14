package io.textmend.boilerplate;

import java.util.Map;

/**
 * An open-addressing hash table from words to a {@code long} value (here a bit mask of languages),
 * looked up by a range of a char array, so that tokenising a block creates no strings. Immutable
 * and thread-safe after building.
 */
final class WordTable {

    private final char[][] keys;
    private final long[] values;
    private final int mask;
    private final int maxLength;

    WordTable(Map<String, Long> entries) {
        int cap = Integer.highestOneBit(Math.max(4, entries.size() * 4 - 1)) << 1;
        keys = new char[cap][];
        values = new long[cap];
        mask = cap - 1;
        int max = 0;
        for (Map.Entry<String, Long> e : entries.entrySet()) {
            char[] k = e.getKey().toCharArray();
            max = Math.max(max, k.length);
            int slot = hash(k, 0, k.length) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = k;
            values[slot] = e.getValue();
        }
        maxLength = max;
    }

    /** The longest key. */
    int maxLength() {
        return maxLength;
    }

    /** The value of the word {@code a[from, to)}, or 0 when it is not in the table. */
    long get(char[] a, int from, int to) {
        int len = to - from;
        if (len > maxLength || len <= 0) {
            return 0;
        }
        int slot = hash(a, from, to) & mask;
        for (char[] k; (k = keys[slot]) != null; slot = (slot + 1) & mask) {
            if (k.length == len && equal(k, a, from)) {
                return values[slot];
            }
        }
        return 0;
    }

    /**
     * {@link #get(char[], int, int)} when the caller has already summed the word's chars as
     * {@code h = 31 * h + c} ({@code rawHash}), while finding where it ends.
     */
    long get(char[] a, int from, int to, int rawHash) {
        int len = to - from;
        if (len > maxLength || len <= 0) {
            return 0;
        }
        int slot = (rawHash ^ (rawHash >>> 15) ^ (rawHash >>> 7)) & mask;
        for (char[] k; (k = keys[slot]) != null; slot = (slot + 1) & mask) {
            if (k.length == len && equal(k, a, from)) {
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
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        int slot = (h ^ (h >>> 15) ^ (h >>> 7)) & mask;
        for (char[] k; (k = keys[slot]) != null; slot = (slot + 1) & mask) {
            if (k.length == len && equal(k, s, from)) {
                return values[slot];
            }
        }
        return 0;
    }

    private static boolean equal(char[] k, String s, int from) {
        for (int i = 0; i < k.length; i++) {
            if (k[i] != s.charAt(from + i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean equal(char[] k, char[] a, int from) {
        for (int i = 0; i < k.length; i++) {
            if (k[i] != a[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] a, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + a[i];
        }
        return h ^ (h >>> 15) ^ (h >>> 7);
    }
}
