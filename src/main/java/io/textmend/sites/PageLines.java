package io.textmend.sites;

import java.util.Arrays;

/**
 * One page cut into its non-blank lines: offsets, folded hashes and zones, plus the page's
 * content key. Lines end at {@code \n}, {@code \r\n} or {@code \r}; a line whose folded form is
 * blank (spaces, punctuation only) is skipped. Immutable after construction; not shared.
 */
final class PageLines {

    /** How many of the longest lines make up the content key. */
    static final int KEY_LINES = 3;

    final String text;
    final int[] start;
    final int[] end;
    final long[] hash;
    /** Where the raw line begins and where the next begins (its line break included). */
    final int[] rawStart;
    final int[] rawEnd;
    final int size;

    private PageLines(String text, int[] start, int[] end, long[] hash, int[] rawStart, int[] rawEnd, int size) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.hash = hash;
        this.rawStart = rawStart;
        this.rawEnd = rawEnd;
        this.size = size;
    }

    static PageLines of(String text) {
        int cap = 16;
        int[] st = new int[cap];
        int[] en = new int[cap];
        long[] hs = new long[cap];
        int[] rs = new int[cap];
        int[] re = new int[cap];
        int n = 0;
        int i = 0;
        int len = text.length();
        while (i <= len) {
            int j = i;
            while (j < len && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
                j++;
            }
            long h = LineNormalizer.hash(text, i, j);
            if (h != LineNormalizer.BLANK) {
                if (n == cap) {
                    cap *= 2;
                    st = Arrays.copyOf(st, cap);
                    en = Arrays.copyOf(en, cap);
                    hs = Arrays.copyOf(hs, cap);
                    rs = Arrays.copyOf(rs, cap);
                    re = Arrays.copyOf(re, cap);
                }
                int a = i;
                int b = j;
                while (a < b && Character.isWhitespace(text.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                    b--;
                }
                st[n] = a;
                en[n] = b;
                hs[n] = h;
                rs[n] = i;
                re[n] = j >= len ? len : j + breakLength(text, j);
                n++;
            }
            if (j >= len) {
                break;
            }
            i = j + breakLength(text, j);
        }
        return new PageLines(text, st, en, hs, rs, re, n);
    }

    private static int breakLength(String text, int j) {
        return text.charAt(j) == '\r' && j + 1 < text.length() && text.charAt(j + 1) == '\n' ? 2 : 1;
    }

    String line(int i) {
        return text.substring(start[i], end[i]);
    }

    int length(int i) {
        return end[i] - start[i];
    }

    Zone zone(int i) {
        return Zone.of(i, size);
    }

    /** The hash of the next non-blank line after line i, or {@link LineNormalizer#BLANK}. */
    long next(int i) {
        return i + 1 < size ? hash[i + 1] : LineNormalizer.BLANK;
    }

    /**
     * The page's content key: a hash of the folded forms of its {@value #KEY_LINES} longest lines
     * (ties broken by hash), independent of their order. Two crawls of one article share it even
     * when dates, counters or teasers around the article differ, because chrome lines are
     * rarely the longest of a page.
     */
    long contentKey() {
        long[] best = new long[KEY_LINES];
        int[] bestLen = new int[KEY_LINES];
        Arrays.fill(bestLen, -1);
        for (int i = 0; i < size; i++) {
            int l = length(i);
            long h = hash[i];
            for (int k = 0; k < KEY_LINES; k++) {
                if (l > bestLen[k] || (l == bestLen[k] && Long.compareUnsigned(h, best[k]) < 0)) {
                    System.arraycopy(best, k, best, k + 1, KEY_LINES - k - 1);
                    System.arraycopy(bestLen, k, bestLen, k + 1, KEY_LINES - k - 1);
                    best[k] = h;
                    bestLen[k] = l;
                    break;
                }
            }
        }
        long[] sorted = best.clone();
        Arrays.sort(sorted);
        long key = 0x9e3779b97f4a7c15L;
        for (long h : sorted) {
            key = LineNormalizer.mix(key ^ h);
        }
        return key == 0 ? 1 : key;
    }
}
