package io.textmend.sites;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What was learned of one site: how many pages, the content keys of its distinct pages, and
 * every counted line with its page count, zones, following lines and a short sample (the least
 * spelling seen, cut to {@value SiteOptions#SAMPLE_BYTES} UTF-8 bytes). Immutable and thread-safe.
 *
 * <p>A profile keeps the counts, not a verdict: which lines are template is decided from the
 * counts by {@link SiteTemplate} under given {@link SiteOptions}. That is what makes profiles
 * mergeable: {@link #merge} of the profiles of two crawls equals the profile learned from both,
 * samples included, exactly while neither was pruned (see {@link SiteStats}), in any grouping and
 * order; so do the verdicts and the filter's output. A sample merges as the least of the parts'
 * samples, and every line keeps one, so the merged sample is the least spelling over all pages.
 * {@code SiteProfileMergeTest} checks this.
 */
public final class SiteProfile {

    /** Version of the JSON format written by {@link ProfileJson} (1 and 2 are still read). */
    public static final int FORMAT_VERSION = 3;

    private static final Comparator<LineEntry> ORDER = Comparator.comparingLong(LineEntry::pages).reversed()
            .thenComparing(LineEntry::hash, Long::compareUnsigned);

    private final String site;
    private final long pages;
    private final long overflowPages;
    private final long floor;
    private final long[] pageKeys;
    private final List<LineEntry> lines;
    private final Map<Long, LineEntry> byHash;

    /**
     * @param site          the site key
     * @param pages         pages learned, duplicates included
     * @param overflowPages pages whose content key was not kept (beyond the key cap)
     * @param floor         the lossy-counting floor (0 when every count is exact)
     * @param pageKeys      the kept content keys of distinct pages
     * @param lines         the counted lines, any order
     */
    public SiteProfile(String site, long pages, long overflowPages, long floor, long[] pageKeys,
                       List<LineEntry> lines) {
        this.site = Objects.requireNonNull(site, "site");
        if (pages < 0 || overflowPages < 0 || floor < 0) {
            throw new IllegalArgumentException("negative count in profile of " + site);
        }
        this.pages = pages;
        this.overflowPages = overflowPages;
        this.floor = floor;
        this.pageKeys = BottomK.of(pageKeys, Integer.MAX_VALUE);
        List<LineEntry> sorted = new ArrayList<>(lines);
        sorted.sort(ORDER);
        this.lines = Collections.unmodifiableList(sorted);
        Map<Long, LineEntry> idx = new HashMap<>(sorted.size() * 2);
        for (LineEntry e : sorted) {
            if (idx.put(e.hash(), e) != null) {
                throw new IllegalArgumentException("line " + Long.toHexString(e.hash()) + " twice in " + site);
            }
        }
        this.byHash = Collections.unmodifiableMap(idx);
    }

    public String site() {
        return site;
    }

    /** Pages learned, duplicate crawls included. */
    public long pages() {
        return pages;
    }

    /** Distinct pages (by content key): kept keys plus overflow. */
    public long distinctPages() {
        return pageKeys.length + overflowPages;
    }

    public long overflowPages() {
        return overflowPages;
    }

    /** Largest undercount of any line's page count caused by pruning; 0 when counts are exact. */
    public long floor() {
        return floor;
    }

    public long[] pageKeys() {
        return pageKeys.clone();
    }

    long[] pageKeysArray() {
        return pageKeys;
    }

    /** The lines, most frequent first (ties by hash). */
    public List<LineEntry> lines() {
        return lines;
    }

    /** The entry of a folded-line hash, or null. */
    public LineEntry line(long hash) {
        return byHash.get(hash);
    }

    /**
     * A smaller copy for filtering only: the lines seen in fewer than {@code minDistinct}
     * distinct pages are dropped and the floor rises to at least {@code minDistinct - 1}, as in
     * lossy counting. With {@code minDistinct = 2} every verdict of {@link SiteTemplate} stays the
     * same (template lines need {@code minPages}, teasers two pages), so {@link SiteFilter} output
     * is unchanged; but merging compacted profiles is no longer exact (a line seen once in each of
     * two crawls is lost), so keep the full profiles where more crawls will be merged in.
     */
    public SiteProfile compact(int minDistinct) {
        if (minDistinct < 1) {
            throw new IllegalArgumentException("minDistinct must be at least 1: " + minDistinct);
        }
        List<LineEntry> kept = new ArrayList<>();
        for (LineEntry e : lines) {
            if (e.distinctPages() >= minDistinct) {
                kept.add(e);
            }
        }
        return new SiteProfile(site, pages, overflowPages, Math.max(floor, minDistinct - 1L), pageKeys, kept);
    }

    /** This profile without samples: only the counts (what a version-2 state held). */
    public SiteProfile withoutSamples() {
        List<LineEntry> bare = new ArrayList<>(lines.size());
        for (LineEntry e : lines) {
            bare.add(e.withSample(null));
        }
        return new SiteProfile(site, pages, overflowPages, floor, pageKeys, bare);
    }

    /** This profile merged with another of the same site, under the bounds of {@code options}. */
    public SiteProfile merge(SiteProfile other, SiteOptions options) {
        if (!site.equals(other.site)) {
            throw new IllegalArgumentException("cannot merge profiles of " + site + " and " + other.site);
        }
        SiteStats s = new SiteStats(site, options);
        s.add(this);
        s.add(other);
        return s.snapshot();
    }

    /** {@link #merge(SiteProfile, SiteOptions)} under {@link SiteOptions#defaults()}. */
    public SiteProfile merge(SiteProfile other) {
        return merge(other, SiteOptions.defaults());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SiteProfile p && site.equals(p.site) && pages == p.pages
                && overflowPages == p.overflowPages && floor == p.floor
                && Arrays.equals(pageKeys, p.pageKeys) && lines.equals(p.lines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(site, pages, lines.size());
    }

    @Override
    public String toString() {
        return "SiteProfile[" + site + ", pages=" + pages + ", distinct=" + distinctPages()
                + ", lines=" + lines.size() + ", floor=" + floor + "]";
    }
}
