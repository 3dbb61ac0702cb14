package io.textmend.sites;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One learning pass over pages: counts, per site, the folded lines of every page, where they sit
 * and what follows them, then hands out {@link SiteProfile}s.
 *
 * <p>Thread-safe: {@link #add(String, String)} may be called from many threads at once. Cutting
 * and hashing a page happens outside any lock; the counts of one site are then updated under
 * that site's lock, so threads contend only when they add pages of the same site at the same
 * moment. Threads may also learn into learners of their own and {@link #merge} them at the end;
 * the result is the same profile (below the bounds of {@link SiteOptions}).
 *
 * <p>Memory is bounded per site by {@link SiteOptions#maxLinesPerSite()} line entries (lossy
 * counting) and {@link SiteOptions#maxPageKeys()} page keys; it grows with the number of sites.
 */
public final class SiteLearner {

    private final SiteOptions options;
    private final ConcurrentHashMap<String, SiteStats> sites = new ConcurrentHashMap<>();

    public SiteLearner(SiteOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public SiteLearner() {
        this(SiteOptions.defaults());
    }

    public SiteOptions options() {
        return options;
    }

    /** Counts one page of {@code site} ({@link SiteKeyMode#keyOf} makes keys); text as cleaned so far. */
    public void add(String site, String text) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(text, "text");
        PageLines page = PageLines.of(text);
        stats(site).add(page);
    }

    /** Adds what a profile (of an earlier run, or another thread's learner) has counted. */
    public void add(SiteProfile profile) {
        Objects.requireNonNull(profile, "profile");
        stats(profile.site()).add(profile);
    }

    /**
     * Adds every site of another learner; {@code other} should not be learning meanwhile. Unlike
     * adding its {@link #profiles()}, this also keeps the samples of lines {@code other} saw in
     * one distinct page, so learning on per-thread learners and merging them gives exactly the
     * profiles of one learner, samples included.
     */
    public void merge(SiteLearner other) {
        for (SiteStats s : other.sites.values()) {
            stats(s.site()).add(s.snapshot());
        }
    }

    /** Sites seen so far. */
    public int siteCount() {
        return sites.size();
    }

    /** A snapshot of the profile of one site, or null when no page of it was seen. */
    public SiteProfile profile(String site) {
        SiteStats s = sites.get(site);
        return s == null ? null : s.snapshot();
    }

    /** Snapshots of every site's profile, by site key. */
    public SortedMap<String, SiteProfile> profiles() {
        TreeMap<String, SiteProfile> out = new TreeMap<>();
        for (Map.Entry<String, SiteStats> e : sites.entrySet()) {
            out.put(e.getKey(), e.getValue().snapshot());
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /** A filter built from the current profiles under this learner's options ({@code clean --learn-sites}). */
    public SiteFilter toFilter() {
        return new SiteFilter(options, profiles().values());
    }

    private SiteStats stats(String site) {
        return sites.computeIfAbsent(site, k -> new SiteStats(k, options));
    }
}
