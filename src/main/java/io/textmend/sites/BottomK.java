package io.textmend.sites;

import java.util.Arrays;

/**
 * Bottom-k sets of 64-bit hashes: the k smallest distinct values (unsigned order) of a stream.
 * The bottom-k of a union is the bottom-k of the parts' bottom-k sets, whatever the order, which
 * makes these sets exactly mergeable. Static helpers over sorted {@code long[]}; thread-safe.
 */
final class BottomK {

    static final long[] EMPTY = new long[0];

    private BottomK() {
    }

    /** {@code set} with {@code v} added, kept to the {@code k} smallest; may return {@code set}. */
    static long[] add(long[] set, long v, int k) {
        int lo = 0;
        int hi = set.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Long.compareUnsigned(set[mid], v);
            if (c == 0) {
                return set;
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (lo >= k) {
            return set;
        }
        int n = Math.min(k, set.length + 1);
        long[] out = new long[n];
        System.arraycopy(set, 0, out, 0, lo);
        out[lo] = v;
        System.arraycopy(set, lo, out, lo + 1, n - lo - 1);
        return out;
    }

    /** The bottom-k of the union of two sorted sets. */
    static long[] union(long[] a, long[] b, int k) {
        long[] out = new long[Math.min(k, a.length + b.length)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (n < out.length && (i < a.length || j < b.length)) {
            long v;
            if (j >= b.length || (i < a.length && Long.compareUnsigned(a[i], b[j]) < 0)) {
                v = a[i++];
            } else if (i >= a.length || Long.compareUnsigned(b[j], a[i]) < 0) {
                v = b[j++];
            } else {
                v = a[i++];
                j++;
            }
            out[n++] = v;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** Sorts raw values into a valid set (unsigned order, distinct); for decoding. */
    static long[] of(long[] values, int k) {
        long[] s = values.clone();
        for (int i = 0; i < s.length; i++) {
            s[i] ^= Long.MIN_VALUE;
        }
        Arrays.sort(s);
        for (int i = 0; i < s.length; i++) {
            s[i] ^= Long.MIN_VALUE;
        }
        long[] out = new long[Math.min(k, s.length)];
        int n = 0;
        for (int i = 0; i < s.length && n < out.length; i++) {
            if (n == 0 || s[i] != out[n - 1]) {
                out[n++] = s[i];
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
