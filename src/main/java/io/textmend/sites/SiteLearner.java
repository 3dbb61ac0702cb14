package io.textmend.sites;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

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
 * counting) and {@link SiteOptions#maxPageKeys()} page keys. A learner built with a spill folder
 * is also bounded across sites: when the line entries of all sites together pass
 * {@code maxLinesInMemory}, the largest sites are written to the folder as profile parts and
 * dropped from memory, until half that bound remains. Profiles merge exactly (see
 * {@link SiteProfile}), so the profiles handed out merge each site's parts and are the same as
 * without spilling, while no site was pruned. {@link #forEachProfile} hands them out one site at a
 * time, so writing every profile needs the memory of one site, not of the crawl.
 */
public final class SiteLearner {

    /** Line entries a learner keeps in memory by default: about a quarter of the heap. */
    public static long defaultMaxLinesInMemory() {
        return Math.max(1L << 14, Runtime.getRuntime().maxMemory() / 1024);
    }

    private final SiteOptions options;
    private final Path spillDir;
    private final long maxLinesInMemory;
    private final ConcurrentHashMap<String, SiteStats> sites = new ConcurrentHashMap<>();
    private final AtomicLong linesInMemory = new AtomicLong();
    /** Adds hold the read lock, a spill holds the write lock. */
    private final ReentrantReadWriteLock spillLock = new ReentrantReadWriteLock();
    /** The spill rounds that hold a part of each site; guarded by the write lock. */
    private final Map<String, List<Integer>> spilled = new HashMap<>();
    private int rounds;
    private long spilledParts;

    /** A learner that keeps everything in memory (bounded per site only). */
    public SiteLearner(SiteOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.spillDir = null;
        this.maxLinesInMemory = Long.MAX_VALUE;
    }

    public SiteLearner() {
        this(SiteOptions.defaults());
    }

    /**
     * A learner that keeps at most about {@code maxLinesInMemory} line entries of all sites in
     * memory and writes the rest to {@code spillDir} (created when missing; the caller removes
     * it when done, e.g. with {@link #deleteSpill()}).
     */
    public SiteLearner(SiteOptions options, Path spillDir, long maxLinesInMemory) {
        this.options = Objects.requireNonNull(options, "options");
        this.spillDir = Objects.requireNonNull(spillDir, "spillDir");
        if (maxLinesInMemory < 16) {
            throw new IllegalArgumentException("maxLinesInMemory must be at least 16: " + maxLinesInMemory);
        }
        this.maxLinesInMemory = maxLinesInMemory;
    }

    public SiteOptions options() {
        return options;
    }

    /**
     * Counts one page of {@code site} ({@link SiteKeyMode#keyOf} makes keys); text as cleaned so far.
     *
     * @throws UncheckedIOException when a spill cannot be written
     */
    public void add(String site, String text) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(text, "text");
        PageLines page = PageLines.of(text);
        spillLock.readLock().lock();
        try {
            linesInMemory.addAndGet(stats(site).add(page));
        } finally {
            spillLock.readLock().unlock();
        }
        spillIfNeeded();
    }

    /** Adds what a profile (of an earlier run, or another thread's learner) has counted. */
    public void add(SiteProfile profile) {
        Objects.requireNonNull(profile, "profile");
        spillLock.readLock().lock();
        try {
            linesInMemory.addAndGet(stats(profile.site()).add(profile));
        } finally {
            spillLock.readLock().unlock();
        }
        spillIfNeeded();
    }

    /**
     * Adds every site of another learner (its spilled parts included); {@code other} should not
     * be learning meanwhile. The result is the profiles of one learner that saw both learners'
     * pages, samples included.
     */
    public void merge(SiteLearner other) {
        other.forEachProfile(this::add);
    }

    /** Sites seen so far. */
    public int siteCount() {
        spillLock.writeLock().lock();
        try {
            TreeSet<String> all = new TreeSet<>(sites.keySet());
            all.addAll(spilled.keySet());
            return all.size();
        } finally {
            spillLock.writeLock().unlock();
        }
    }

    /** Line entries held in memory now, over all sites. */
    public long linesInMemory() {
        return linesInMemory.get();
    }

    /** Profile parts written to the spill folder so far. */
    public long spilledParts() {
        spillLock.writeLock().lock();
        try {
            return spilledParts;
        } finally {
            spillLock.writeLock().unlock();
        }
    }

    /** The profile of one site, its spilled parts merged in, or null when no page of it was seen. */
    public SiteProfile profile(String site) {
        spillLock.writeLock().lock();
        try {
            return assemble(site);
        } finally {
            spillLock.writeLock().unlock();
        }
    }

    /** Every site's profile, by site key. Holds all of them in memory: see {@link #forEachProfile}. */
    public SortedMap<String, SiteProfile> profiles() {
        TreeMap<String, SiteProfile> out = new TreeMap<>();
        forEachProfile(p -> out.put(p.site(), p));
        return Collections.unmodifiableSortedMap(out);
    }

    /**
     * Hands every site's profile to {@code sink}, one at a time in site-key order, each
     * assembled from memory and its spilled parts; the learner is unchanged. No other thread
     * may add pages meanwhile (they would wait).
     *
     * @throws UncheckedIOException when a spilled part cannot be read
     */
    public void forEachProfile(Consumer<SiteProfile> sink) {
        spillLock.writeLock().lock();
        try {
            TreeSet<String> all = new TreeSet<>(sites.keySet());
            all.addAll(spilled.keySet());
            for (String site : all) {
                sink.accept(assemble(site));
            }
        } finally {
            spillLock.writeLock().unlock();
        }
    }

    /**
     * A filter built from the current profiles under this learner's options ({@code clean
     * --learn-sites}); it keeps only what filtering needs ({@link SiteFilter}).
     */
    public SiteFilter toFilter() {
        List<SiteProfile> compact = new ArrayList<>();
        int minDistinct = Math.min(2, options.minPages());
        forEachProfile(p -> compact.add(p.compact(minDistinct)));
        return new SiteFilter(options, compact);
    }

    /** Removes the spill folder's parts and the folder itself (when it is empty then). */
    public void deleteSpill() throws IOException {
        if (spillDir == null) {
            return;
        }
        spillLock.writeLock().lock();
        try {
            for (int r = 1; r <= rounds; r++) {
                Path d = roundDir(r);
                if (Files.isDirectory(d)) {
                    try (var files = Files.list(d)) {
                        for (Path f : files.toList()) {
                            Files.deleteIfExists(f);
                        }
                    }
                    Files.deleteIfExists(d);
                }
            }
            spilled.clear();
            spilledParts = 0;
            try (var left = Files.list(spillDir)) {
                if (left.findAny().isEmpty()) {
                    Files.deleteIfExists(spillDir);
                }
            } catch (java.nio.file.NoSuchFileException e) {
                // never created
            }
        } finally {
            spillLock.writeLock().unlock();
        }
    }

    /** The site's profile from memory and parts; under the write lock. */
    private SiteProfile assemble(String site) {
        SiteStats mem = sites.get(site);
        List<Integer> parts = spilled.get(site);
        if (parts == null) {
            return mem == null ? null : mem.snapshot();
        }
        SiteStats acc = new SiteStats(site, options);
        try {
            for (int r : parts) {
                acc.add(ProfileStore.read(roundDir(r).resolve(ProfileStore.fileName(site))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a spilled site profile: " + e.getMessage(), e);
        }
        if (mem != null) {
            acc.add(mem.snapshot());
        }
        return acc.snapshot();
    }

    private void spillIfNeeded() {
        if (linesInMemory.get() <= maxLinesInMemory) {
            return;
        }
        spillLock.writeLock().lock();
        try {
            if (linesInMemory.get() <= maxLinesInMemory) {
                return;
            }
            spill();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill site counts to " + spillDir + ": " + e.getMessage(), e);
        } finally {
            spillLock.writeLock().unlock();
        }
    }

    /** Writes the largest sites to a new round folder until half the bound is left; under the write lock. */
    private void spill() throws IOException {
        int round = ++rounds;
        Path dir = roundDir(round);
        Files.createDirectories(dir);
        List<SiteStats> bySize = new ArrayList<>(sites.values());
        Map<SiteStats, Integer> size = new HashMap<>();
        for (SiteStats s : bySize) {
            size.put(s, s.size());
        }
        bySize.sort(Comparator.comparingInt((SiteStats s) -> size.get(s)).reversed()
                .thenComparing(SiteStats::site));
        long target = maxLinesInMemory / 2;
        for (SiteStats s : bySize) {
            if (linesInMemory.get() <= target) {
                break;
            }
            ProfileStore.write(dir, s.snapshot(), options);
            sites.remove(s.site());
            linesInMemory.addAndGet(-size.get(s));
            spilled.computeIfAbsent(s.site(), k -> new ArrayList<>(2)).add(round);
            spilledParts++;
        }
    }

    private Path roundDir(int round) {
        return spillDir.resolve("round-" + round);
    }

    private SiteStats stats(String site) {
        return sites.computeIfAbsent(site, k -> new SiteStats(k, options));
    }
}
