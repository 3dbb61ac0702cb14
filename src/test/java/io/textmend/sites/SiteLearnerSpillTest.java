package io.textmend.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learner bounded across sites: it keeps at most about {@code maxLinesInMemory} line entries
 * in memory, spills the largest sites to disk, and still hands out exactly the profiles of a
 * learner that kept everything.
 */
class SiteLearnerSpillTest {

    @TempDir
    Path dir;

    @Test
    void spillingKeepsMemoryBoundedAndGivesTheSameProfiles() throws IOException {
        List<SyntheticCrawl.Page> crawl = new ArrayList<>(SyntheticCrawl.build(SyntheticCrawl.defaultSites(), 8L));
        java.util.Collections.shuffle(crawl, new java.util.Random(4));
        SiteLearner all = new SiteLearner();
        crawl.forEach(p -> all.add(p.site(), p.text()));
        int maxPageLines = 0;
        for (SyntheticCrawl.Page p : crawl) {
            maxPageLines = Math.max(maxPageLines, PageLines.of(p.text()).size);
        }
        long cap = 600;
        Path spill = dir.resolve("spill");
        SiteLearner bounded = new SiteLearner(SiteOptions.defaults(), spill, cap);
        long peak = 0;
        for (SyntheticCrawl.Page p : crawl) {
            bounded.add(p.site(), p.text());
            peak = Math.max(peak, bounded.linesInMemory());
        }
        System.out.printf(Locale.ROOT, "sites: spill: %d lines in all, at most %d in memory (cap %d), %d parts spilled%n",
                all.profiles().values().stream().mapToLong(p -> p.lines().size()).sum(), peak, cap,
                bounded.spilledParts());
        assertThat(peak).isLessThanOrEqualTo(cap);
        assertThat(bounded.spilledParts()).as("more parts than sites").isGreaterThan(13);
        assertThat(bounded.siteCount()).isEqualTo(all.siteCount());

        Map<String, String> want = new TreeMap<>();
        all.profiles().forEach((s, p) -> want.put(s, ProfileJson.toJson(p)));
        Map<String, String> got = new TreeMap<>();
        List<String> order = new ArrayList<>();
        bounded.forEachProfile(p -> {
            got.put(p.site(), ProfileJson.toJson(p));
            order.add(p.site());
        });
        assertThat(got).isEqualTo(want);
        assertThat(order).isSorted();
        assertThat(bounded.profile("planet-news.example")).isEqualTo(all.profile("planet-news.example"));
        SiteFilter boundedFilter = bounded.toFilter();
        SiteFilter allFilter = all.toFilter();
        for (SyntheticCrawl.Page p : crawl) {
            assertThat(boundedFilter.filter(p.site(), p.text())).isEqualTo(allFilter.filter(p.site(), p.text()));
        }

        bounded.deleteSpill();
        assertThat(spill).doesNotExist();
        assertThat(maxPageLines).isLessThan((int) cap / 2);
    }

    @Test
    void concurrentLearningWithSpillsGivesTheSameProfiles() {
        List<SyntheticCrawl.Page> crawl = SyntheticCrawl.build(SyntheticCrawl.defaultSites(), 9L);
        SiteLearner all = new SiteLearner();
        crawl.forEach(p -> all.add(p.site(), p.text()));
        SiteLearner bounded = new SiteLearner(SiteOptions.defaults(), dir.resolve("spill"), 500);
        crawl.parallelStream().forEach(p -> bounded.add(p.site(), p.text()));
        assertThat(bounded.spilledParts()).isPositive();
        assertThat(bounded.profiles()).isEqualTo(all.profiles());
        SiteLearner merged = new SiteLearner();
        merged.merge(bounded);
        assertThat(merged.profiles()).isEqualTo(all.profiles());
    }

    @Test
    void anUnwritableSpillFolderIsAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        SiteLearner l = new SiteLearner(SiteOptions.defaults(), file, 16);
        assertThatThrownBy(() -> {
            for (int i = 0; i < 10; i++) {
                l.add("s", "line a " + i + "x\nline b" + (char) ('a' + i) + "\nline c" + (char) ('k' + i) + "\n");
            }
        }).isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot spill");
        assertThatThrownBy(() -> new SiteLearner(SiteOptions.defaults(), dir, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
