package io.textmend.sites;

import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * An open-addressing map from non-zero {@code long} keys (line hashes; 0 is
 * {@link LineNormalizer#BLANK} and never a key) to values, without boxing. Not thread-safe: the
 * owning {@link SiteStats} guards it.
 */
final class LongMap<V> {

    private long[] keys = new long[16];
    private Object[] values = new Object[16];
    private int size;

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    V get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return (V) values[i];
            }
            if (k == 0) {
                return null;
            }
        }
    }

    void put(long key, V value) {
        if (key == 0) {
            throw new IllegalArgumentException("key 0");
        }
        if (2 * (size + 1) > keys.length) {
            resize(keys.length * 2);
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            if (keys[i] == 0) {
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
        }
    }

    @SuppressWarnings("unchecked")
    void forEach(BiConsumer<Long, V> f) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                f.accept(keys[i], (V) values[i]);
            }
        }
    }

    /** Removes the entries whose value matches, then rehashes what is left. */
    @SuppressWarnings("unchecked")
    void removeIf(Predicate<V> drop) {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        int live = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0 && drop.test((V) oldValues[i])) {
                oldKeys[i] = 0;
            } else if (oldKeys[i] != 0) {
                live++;
            }
        }
        int cap = 16;
        while (cap < 2 * live + 2) {
            cap *= 2;
        }
        rehash(oldKeys, oldValues, cap);
    }

    private void resize(int cap) {
        rehash(keys, values, cap);
    }

    private void rehash(long[] oldKeys, Object[] oldValues, int cap) {
        keys = new long[cap];
        values = new Object[cap];
        size = 0;
        int mask = cap - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            long k = oldKeys[j];
            if (k == 0) {
                continue;
            }
            int i = slot(k, mask);
            while (keys[i] != 0) {
                i = (i + 1) & mask;
            }
            keys[i] = k;
            values[i] = oldValues[j];
            size++;
        }
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 32)) * 0x9E3779B9 >>> 1 & mask;
    }

    @Override
    public String toString() {
        return "LongMap[" + size + "]";
    }
}
