package io.textmend.encoding;

import java.util.Arrays;

/** An open-addressing map from long to float, filled once and then only read. */
final class LongFloatMap {

    private final long[] keys;
    private final float[] values;
    private final boolean[] used;
    private final int mask;

    LongFloatMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2 + 1)) << 1;
        keys = new long[cap];
        values = new float[cap];
        used = new boolean[cap];
        mask = cap - 1;
        Arrays.fill(values, Float.NaN);
    }

    void put(long key, float value) {
        int i = slot(key);
        while (used[i] && keys[i] != key) {
            i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = key;
        values[i] = value;
    }

    /** The value, or NaN when the key is absent. */
    float get(long key) {
        int i = slot(key);
        while (used[i]) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return Float.NaN;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
