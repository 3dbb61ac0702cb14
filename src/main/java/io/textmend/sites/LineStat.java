package io.textmend.sites;

/** The learner's mutable counters for one line of one site; guarded by its {@link SiteStats}. */
final class LineStat {

    long pages;
    long delta;
    long header;
    long body;
    long footer;
    long[] keys = BottomK.EMPTY;
    long[] next = BottomK.EMPTY;
    long nextPages;
    /** Least raw spelling known (cut), null when none is (a line added from a profile without one). */
    String sample;
    /** Serial of the last page of the site that counted this line (one count per page). */
    long lastPage = -1;

    LineStat(long delta, String sample) {
        this.delta = delta;
        this.sample = sample;
    }

    static LineStat of(LineEntry e) {
        LineStat s = new LineStat(e.delta(), e.sample());
        s.pages = e.pages();
        s.header = e.header();
        s.body = e.body();
        s.footer = e.footer();
        s.keys = e.keysArray();
        s.next = e.nextArray();
        s.nextPages = e.nextPages();
        return s;
    }

    void count(Zone zone, long pageKey, long nextHash) {
        pages++;
        switch (zone) {
            case HEADER -> header++;
            case BODY -> body++;
            case FOOTER -> footer++;
        }
        if (keys.length > 0 || pages == 1) {
            keys = saturate(BottomK.add(keys, pageKey, SiteOptions.LINE_PAGE_KEYS));
        }
        if (nextHash != LineNormalizer.BLANK) {
            nextPages++;
            next = BottomK.add(next, nextHash, SiteOptions.NEXT_KEYS);
        }
    }

    /** Keeps the least spelling; compares {@code text[from, from + len)} without copying it. */
    void offerSample(String text, int from, int len) {
        if (sample == null) {
            sample = text.substring(from, from + len);
            return;
        }
        int n = Math.min(len, sample.length());
        for (int i = 0; i < n; i++) {
            char a = text.charAt(from + i);
            char b = sample.charAt(i);
            if (a != b) {
                if (a < b) {
                    sample = text.substring(from, from + len);
                }
                return;
            }
        }
        if (len < sample.length()) {
            sample = text.substring(from, from + len);
        }
    }

    void add(LineStat o) {
        boolean saturated = (keys.length == 0 && pages > 0) || (o.keys.length == 0 && o.pages > 0);
        keys = saturated ? BottomK.EMPTY : saturate(BottomK.union(keys, o.keys, SiteOptions.LINE_PAGE_KEYS));
        pages += o.pages;
        delta += o.delta;
        header += o.header;
        body += o.body;
        footer += o.footer;
        next = BottomK.union(next, o.next, SiteOptions.NEXT_KEYS);
        nextPages += o.nextPages;
        if (sample == null || (o.sample != null && o.sample.compareTo(sample) < 0)) {
            sample = o.sample;
        }
    }

    /**
     * A line's page keys are all of them while fewer than {@link SiteOptions#LINE_PAGE_KEYS};
     * at that many the set is dropped (empty with {@code pages > 0} means saturated), since the
     * distinct count is then {@code pages} whatever the keys. Saturation merges exactly.
     */
    private static long[] saturate(long[] k) {
        return k.length >= SiteOptions.LINE_PAGE_KEYS ? BottomK.EMPTY : k;
    }

    /** The entry of this line, with its sample. */
    LineEntry freeze(long hash) {
        return new LineEntry(hash, pages, delta, header, body, footer, keys, next, nextPages, sample);
    }

    /**
     * Length in chars of the sample of the line {@code text[from, from + len)}: the longest
     * prefix of at most {@link SiteOptions#SAMPLE_BYTES} UTF-8 bytes that ends on a whole
     * character. It stops before a lone surrogate, which has no UTF-8 form.
     */
    static int sampleLength(String text, int from, int len) {
        return utf8Prefix(text, from, len, SiteOptions.SAMPLE_BYTES);
    }

    /** Chars of the longest prefix of {@code text[from, from + len)} within {@code maxBytes} of UTF-8. */
    static int utf8Prefix(String text, int from, int len, int maxBytes) {
        int bytes = 0;
        int i = 0;
        while (i < len) {
            char c = text.charAt(from + i);
            int w;
            int chars = 1;
            if (c < 0x80) {
                w = 1;
            } else if (c < 0x800) {
                w = 2;
            } else if (!Character.isSurrogate(c)) {
                w = 3;
            } else if (Character.isHighSurrogate(c) && i + 1 < len
                    && Character.isLowSurrogate(text.charAt(from + i + 1))) {
                w = 4;
                chars = 2;
            } else {
                return i;
            }
            if (bytes + w > maxBytes) {
                return i;
            }
            bytes += w;
            i += chars;
        }
        return len;
    }
}
