package io.textmend.sites;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The learner's mutable counts for one site. Every method is {@code synchronized} on this object:
 * one site's pages are counted one at a time while other sites proceed in parallel.
 *
 * <p>Bounded: at most {@link SiteOptions#maxLinesPerSite()} line entries (lossy counting: when
 * the map grows past the cap, the entries with the lowest {@code pages + delta} are dropped until
 * half the cap remains, the floor is raised to the highest value dropped, and entries created
 * afterwards start with {@code delta = floor}; a line's true page count is then within
 * {@code [pages, pages + delta]}), and at most {@link SiteOptions#maxPageKeys()} page content
 * keys (the smallest ones; pages whose key falls outside count in {@code overflow}).
 */
final class SiteStats {

    private final String site;
    private final SiteOptions options;
    private final LongMap<LineStat> lines = new LongMap<>();
    private final TreeSet<Long> pageKeys = new TreeSet<>(Long::compareUnsigned);
    private long pages;
    private long overflow;
    private long floor;

    SiteStats(String site, SiteOptions options) {
        this.site = site;
        this.options = options;
    }

    String site() {
        return site;
    }

    /** Adds a page; returns by how much the number of line entries grew (negative after pruning). */
    synchronized int add(PageLines page) {
        int before = lines.size();
        pages++;
        long key = page.contentKey();
        addKey(key);
        long serial = pages;
        String text = page.text;
        for (int i = 0; i < page.size; i++) {
            long h = page.hash[i];
            int len = LineStat.sampleLength(text, page.start[i], page.length(i));
            LineStat s = lines.get(h);
            if (s == null) {
                s = new LineStat(floor, text.substring(page.start[i], page.start[i] + len));
                lines.put(h, s);
            } else if (s.lastPage == serial) {
                continue;
            } else {
                s.offerSample(text, page.start[i], len);
            }
            s.lastPage = serial;
            s.count(page.zone(i), key, page.next(i));
        }
        if (lines.size() > options.maxLinesPerSite()) {
            prune();
        }
        return lines.size() - before;
    }

    /** Adds the counts of a profile of the same site; returns the growth in line entries. */
    synchronized int add(SiteProfile p) {
        int before = lines.size();
        pages += p.pages();
        overflow += p.overflowPages();
        for (long k : p.pageKeysArray()) {
            addKey(k);
        }
        long otherFloor = p.floor();
        if (otherFloor > 0) {
            lines.forEach((h, s) -> {
                if (p.line(h) == null) {
                    s.delta += otherFloor;
                }
            });
        }
        for (LineEntry e : p.lines()) {
            LineStat s = lines.get(e.hash());
            if (s == null) {
                LineStat n = LineStat.of(e);
                n.delta += floor;
                lines.put(e.hash(), n);
            } else {
                s.add(LineStat.of(e));
            }
        }
        floor += otherFloor;
        if (lines.size() > options.maxLinesPerSite()) {
            prune();
        }
        return lines.size() - before;
    }

    /** Line entries held. */
    synchronized int size() {
        return lines.size();
    }

    private void addKey(long key) {
        if (pageKeys.size() < options.maxPageKeys()) {
            pageKeys.add(key);
            return;
        }
        if (pageKeys.contains(key)) {
            return;
        }
        overflow++;
        if (Long.compareUnsigned(key, pageKeys.last()) < 0) {
            pageKeys.pollLast();
            pageKeys.add(key);
        }
    }

    private void prune() {
        long[] c = new long[lines.size()];
        int[] n = {0};
        lines.forEach((h, s) -> c[n[0]++] = s.pages + s.delta);
        Arrays.sort(c);
        int keep = options.maxLinesPerSite() / 2;
        long cut = c[c.length - keep - 1];
        lines.removeIf(s -> s.pages + s.delta <= cut);
        floor = Math.max(floor, cut);
    }

    /** The counts and samples as a profile. */
    synchronized SiteProfile snapshot() {
        List<LineEntry> entries = new ArrayList<>(lines.size());
        lines.forEach((h, s) -> entries.add(s.freeze(h)));
        long[] keys = new long[pageKeys.size()];
        int j = 0;
        for (long k : pageKeys) {
            keys[j++] = k;
        }
        return new SiteProfile(site, pages, overflow, floor, keys, entries);
    }
}
