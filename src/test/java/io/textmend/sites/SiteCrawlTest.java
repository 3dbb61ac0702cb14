package io.textmend.sites;

import static org.assertj.core.api.Assertions.assertThat;

import io.textmend.Change;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of issue 8: a synthetic crawl of 13 sites (12 x 30 articles in 12
 * languages, one small site of 10), learned, written, read back and cleaned.
 */
class SiteCrawlTest {

    @TempDir
    Path dir;

    @Test
    void removesTemplateLinesAndKeepsEveryBodyLineOfASyntheticCrawl() throws IOException {
        List<SyntheticCrawl.Page> crawl = SyntheticCrawl.build(SyntheticCrawl.defaultSites(), 8L);
        SiteLearner learner = new SiteLearner();
        crawl.parallelStream().forEach(p -> learner.add(p.site(), p.text()));
        ProfileStore.writeAll(dir, learner.profiles().values());
        SiteFilter filter = new SiteFilter(ProfileStore.readAll(dir));
        assertThat(filter.template("planet-news.example").profile())
                .isEqualTo(learner.toFilter().template("planet-news.example").profile());
        long profileBytes = 0;
        try (var files = java.nio.file.Files.list(dir)) {
            for (Path f : files.toList()) {
                profileBytes += java.nio.file.Files.size(f);
            }
        }
        long pageBytes = crawl.stream().mapToLong(p -> p.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
        System.out.printf(Locale.ROOT, "sites: profiles %d bytes for %d sites (%d bytes of pages, %.1f %%)%n",
                profileBytes, learner.siteCount(), pageBytes, 100.0 * profileBytes / pageBytes);
        // a 32-byte sample and about 13 bytes of counts for every line, most of them body lines
        // seen once; base64 adds a third. Large crawls are bounded by lossy counting instead.
        assertThat(profileBytes).as("full, mergeable profiles under 30 %% of the pages").isLessThan(pageBytes * 3 / 10);

        Map<String, long[]> perSite = new TreeMap<>();
        List<String> lostBody = new ArrayList<>();
        List<String> keptChrome = new ArrayList<>();
        for (SyntheticCrawl.Page page : crawl) {
            String text = page.text();
            SiteFilterResult r = filter.filter(page.site(), text);
            boolean[] removed = removedLines(text, r.changes());
            long[] n = perSite.computeIfAbsent(page.site(), k -> new long[4]);
            for (int i = 0; i < page.lines().size(); i++) {
                SyntheticCrawl.Line l = page.lines().get(i);
                n[l.chrome() ? 0 : 2]++;
                if (removed[i]) {
                    n[l.chrome() ? 1 : 3]++;
                    if (!l.chrome()) {
                        lostBody.add(page.site() + ": " + l.text());
                    }
                } else if (l.chrome()) {
                    keptChrome.add(page.site() + ": " + l.text());
                }
            }
            assertThat(r.text()).isEqualTo(expectedText(page, removed));
        }
        long chrome = 0;
        long chromeGone = 0;
        long body = 0;
        long bodyGone = 0;
        for (Map.Entry<String, long[]> e : perSite.entrySet()) {
            long[] n = e.getValue();
            SiteTemplate t = filter.template(e.getKey());
            System.out.printf(Locale.ROOT, "sites: %-22s pages %3d distinct %3d template lines %3d headers %d"
                            + " | chrome removed %4d/%4d | body removed %d/%d%n", e.getKey(),
                    t.profile().pages(), t.profile().distinctPages(), t.templateCount(), t.headerCount(),
                    n[1], n[0], n[3], n[2]);
            chrome += n[0];
            chromeGone += n[1];
            body += n[2];
            bodyGone += n[3];
        }
        double rate = 100.0 * chromeGone / chrome;
        System.out.printf(Locale.ROOT, "sites: %d pages, %d sites: template lines removed %d/%d (%.2f %%),"
                + " body lines removed %d/%d%n", crawl.size(), perSite.size(), chromeGone, chrome, rate, bodyGone, body);
        keptChrome.stream().limit(10).forEach(s -> System.out.println("sites: kept chrome " + s));
        assertThat(perSite).hasSizeGreaterThanOrEqualTo(10);
        assertThat(lostBody).isEmpty();
        assertThat(rate).isGreaterThanOrEqualTo(99.0);
        assertThat(perSite.values().stream().filter(n -> n[2] >= 30 * 6).count()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void learningOnManyThreadsGivesTheSameProfilesAsOneThread() {
        List<SyntheticCrawl.Page> crawl = SyntheticCrawl.build(SyntheticCrawl.defaultSites(), 9L);
        SiteLearner serial = new SiteLearner();
        crawl.forEach(p -> serial.add(p.site(), p.text()));
        SiteLearner parallel = new SiteLearner();
        crawl.parallelStream().forEach(p -> parallel.add(p.site(), p.text()));
        assertThat(parallel.profiles()).isEqualTo(serial.profiles());
    }

    /**
     * A {@link SiteFilter} keeps compact(2) profiles: every verdict it can ask of a line of any
     * page is the same as under the full profile, and so is its output.
     */
    @Test
    void compactProfilesFilterExactlyLikeFullOnes() {
        List<SyntheticCrawl.Page> crawl = SyntheticCrawl.build(SyntheticCrawl.defaultSites(), 8L);
        SiteLearner learner = new SiteLearner();
        crawl.forEach(p -> learner.add(p.site(), p.text()));
        SiteOptions o = SiteOptions.defaults();
        Map<String, SiteTemplate> fullT = new TreeMap<>();
        Map<String, SiteTemplate> compactT = new TreeMap<>();
        learner.profiles().forEach((site, p) -> {
            fullT.put(site, new SiteTemplate(p, o));
            compactT.put(site, new SiteTemplate(p.compact(2), o));
        });
        int asked = 0;
        for (SyntheticCrawl.Page p : crawl) {
            SiteTemplate f = fullT.get(p.site());
            SiteTemplate c = compactT.get(p.site());
            PageLines lines = PageLines.of(p.text());
            for (int i = 0; i < lines.size; i++) {
                long h = lines.hash[i];
                assertThat(c.isTemplate(h)).isEqualTo(f.isTemplate(h));
                assertThat(c.isHeader(h)).isEqualTo(f.isHeader(h));
                assertThat(c.isRecurring(h)).isEqualTo(f.isRecurring(h));
                assertThat(c.templateReason(h)).isEqualTo(f.templateReason(h));
                asked++;
            }
        }
        assertThat(asked).isGreaterThan(10_000);
        SiteFilter full = learner.toFilter();
        SiteFilter compact = new SiteFilter(learner.profiles().values().stream().map(p -> p.compact(2)).toList());
        long fullBytes = 0;
        long compactBytes = 0;
        for (SiteProfile p : learner.profiles().values()) {
            fullBytes += ProfileJson.toJson(p).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            compactBytes += ProfileJson.toJson(p.compact(2)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        System.out.printf(Locale.ROOT, "sites: full profiles %d bytes, compact(2) %d bytes%n", fullBytes, compactBytes);
        for (SyntheticCrawl.Page p : crawl) {
            assertThat(compact.filter(p.site(), p.text())).isEqualTo(full.filter(p.site(), p.text()));
        }
        assertThat(compactBytes).isLessThan(fullBytes);
    }

    /** Which labelled lines the changes removed, matching each change's span to a line. */
    static boolean[] removedLines(String text, List<Change> changes) {
        List<Integer> starts = new ArrayList<>();
        int at = 0;
        for (String line : text.split("\n", -1)) {
            starts.add(at);
            at += line.length() + 1;
        }
        boolean[] out = new boolean[starts.size()];
        for (Change c : changes) {
            assertThat(c.stage()).isEqualTo("sites");
            assertThat(c.rule()).isEqualTo("site_template");
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.before());
            int idx = starts.indexOf(c.start());
            assertThat(idx).as("change starts a line: %s", c).isGreaterThanOrEqualTo(0);
            out[idx] = true;
        }
        return out;
    }

    private static String expectedText(SyntheticCrawl.Page page, boolean[] removed) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < page.lines().size(); i++) {
            if (!removed[i]) {
                b.append(page.lines().get(i).text()).append('\n');
            }
        }
        return b.toString();
    }
}
