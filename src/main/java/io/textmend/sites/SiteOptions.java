package io.textmend.sites;

/**
 * Settings of site learning and filtering, validated when built. Immutable and thread-safe; use
 * {@link #defaults()} and the {@code withX} copies.
 *
 * @param minShare         a line is template when it is in at least this share of the site's
 *                         distinct pages (0 &lt; share &le; 1; default 0.30)
 * @param minPages         ... and in at least this many distinct pages (default 3)
 * @param headerVariety    a template line is a related-content header when the lines after
 *                         it differ in at least this share of its pages (default 0.5)
 * @param maxTeaserLines   longest teaser block removed under a header, in lines (default 12)
 * @param maxLinesPerSite  bound on distinct lines counted per site before lossy pruning
 *                         (default 65,536)
 * @param maxPageKeys      bound on distinct page content keys kept per site (default 131,072)
 */
public record SiteOptions(double minShare, int minPages, double headerVariety, int maxTeaserLines,
                          int maxLinesPerSite, int maxPageKeys) {

    /** Per-line cap on the distinct page keys tracked (beyond it the raw page count is used). */
    public static final int LINE_PAGE_KEYS = 16;

    /** Per-line cap on the distinct next-line hashes tracked for header learning. */
    public static final int NEXT_KEYS = 8;

    /**
     * Longest sample of a line kept in a profile, in UTF-8 bytes. Every line keeps one (that is
     * what makes samples exactly mergeable, see {@link SiteProfile}), so it is short: enough to
     * recognise a menu row or a teaser header, a third to a half of most body lines.
     */
    public static final int SAMPLE_BYTES = 32;

    /** Longest quote of a header line in a teaser reason, in chars. */
    public static final int QUOTE_CHARS = 40;

    public SiteOptions {
        if (!(minShare > 0 && minShare <= 1)) {
            throw new IllegalArgumentException("minShare must be in (0, 1]: " + minShare);
        }
        if (minPages < 1) {
            throw new IllegalArgumentException("minPages must be at least 1: " + minPages);
        }
        if (!(headerVariety > 0 && headerVariety <= 1)) {
            throw new IllegalArgumentException("headerVariety must be in (0, 1]: " + headerVariety);
        }
        if (maxTeaserLines < 0) {
            throw new IllegalArgumentException("maxTeaserLines must not be negative: " + maxTeaserLines);
        }
        if (maxLinesPerSite < 16) {
            throw new IllegalArgumentException("maxLinesPerSite must be at least 16: " + maxLinesPerSite);
        }
        if (maxPageKeys < 1) {
            throw new IllegalArgumentException("maxPageKeys must be at least 1: " + maxPageKeys);
        }
    }

    /** 30 % and 3 pages, headers at 50 % variety, teasers up to 12 lines, 65,536 lines a site. */
    public static SiteOptions defaults() {
        return new SiteOptions(0.30, 3, 0.5, 12, 1 << 16, 1 << 17);
    }

    public SiteOptions withMinShare(double v) {
        return new SiteOptions(v, minPages, headerVariety, maxTeaserLines, maxLinesPerSite, maxPageKeys);
    }

    public SiteOptions withMinPages(int v) {
        return new SiteOptions(minShare, v, headerVariety, maxTeaserLines, maxLinesPerSite, maxPageKeys);
    }

    public SiteOptions withHeaderVariety(double v) {
        return new SiteOptions(minShare, minPages, v, maxTeaserLines, maxLinesPerSite, maxPageKeys);
    }

    public SiteOptions withMaxTeaserLines(int v) {
        return new SiteOptions(minShare, minPages, headerVariety, v, maxLinesPerSite, maxPageKeys);
    }

    public SiteOptions withMaxLinesPerSite(int v) {
        return new SiteOptions(minShare, minPages, headerVariety, maxTeaserLines, v, maxPageKeys);
    }

    public SiteOptions withMaxPageKeys(int v) {
        return new SiteOptions(minShare, minPages, headerVariety, maxTeaserLines, maxLinesPerSite, v);
    }
}
