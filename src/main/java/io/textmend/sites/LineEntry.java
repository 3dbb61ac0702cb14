package io.textmend.sites;

import java.util.Arrays;

/**
 * What a profile knows of one folded line of a site. Immutable and thread-safe (the arrays are
 * copied in and never handed out).
 *
 * @param hash      the 64-bit hash of the folded line ({@link LineNormalizer})
 * @param pages     pages it was seen in (each page counts once)
 * @param delta     how much {@code pages} may undercount, from lossy pruning (0 when exact)
 * @param header    pages where its first occurrence was in the header zone
 * @param body      ... in the body zone
 * @param footer    ... in the footer zone
 * @param keys      the content keys of those pages while fewer than {@link SiteOptions#LINE_PAGE_KEYS};
 *                  empty once that many were seen (saturated: the line is then in
 *                  {@code pages} distinct pages as far as counting goes)
 * @param next      the smallest (at most {@link SiteOptions#NEXT_KEYS}) hashes of the line following it
 * @param nextPages pages where a line followed it
 * @param sample    the least (by {@link String#compareTo}) raw spelling known, each cut to
 *                  {@link SiteOptions#SAMPLE_BYTES} UTF-8 bytes; null when none is known (a
 *                  line read from a version-2 profile that kept none)
 */
public record LineEntry(long hash, long pages, long delta, long header, long body, long footer,
                        long[] keys, long[] next, long nextPages, String sample) {

    public LineEntry {
        keys = keys.clone();
        next = next.clone();
    }

    /**
     * Distinct pages the line is in, as far as the profile can tell: the number of distinct
     * content keys while fewer than {@link SiteOptions#LINE_PAGE_KEYS}, else (saturated, keys
     * empty) {@code pages}. An
     * article crawled five times counts once; a line in 16 or more distinct articles counts
     * every page it was seen in.
     */
    public long distinctPages() {
        return keys.length == 0 ? pages : keys.length;
    }

    /** Distinct next lines seen (saturates at {@link SiteOptions#NEXT_KEYS}). */
    public int nextVariety() {
        return next.length;
    }

    long[] keysArray() {
        return keys;
    }

    long[] nextArray() {
        return next;
    }

    /** This entry with another sample (null for none). */
    LineEntry withSample(String s) {
        return java.util.Objects.equals(s, sample) ? this
                : new LineEntry(hash, pages, delta, header, body, footer, keys, next, nextPages, s);
    }

    @Override
    public long[] keys() {
        return keys.clone();
    }

    @Override
    public long[] next() {
        return next.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LineEntry e && hash == e.hash && pages == e.pages && delta == e.delta
                && header == e.header && body == e.body && footer == e.footer && nextPages == e.nextPages
                && Arrays.equals(keys, e.keys) && Arrays.equals(next, e.next)
                && java.util.Objects.equals(sample, e.sample);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(hash) * 31 + Long.hashCode(pages);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%016x pages=%d distinct=%d zones=%d/%d/%d next=%d %s",
                hash, pages, distinctPages(), header, body, footer, next.length, sample);
    }
}
