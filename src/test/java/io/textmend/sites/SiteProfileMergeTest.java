package io.textmend.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteProfileMergeTest {

    @TempDir
    Path dir;

    /**
     * A random 1/3 + 2/3 split of the crawl, each learned, written, read back and merged: the
     * merged profiles, samples included, are byte for byte those learned from all pages.
     */
    @Test
    void mergingTheProfilesOfTwoCrawlsEqualsLearningBoth() throws IOException {
        List<SyntheticCrawl.Page> crawl = SyntheticCrawl.build(SyntheticCrawl.defaultSites(), 21L);
        List<List<SyntheticCrawl.Page>> parts = split(crawl, 3, 5L);
        List<SyntheticCrawl.Page> a = parts.get(0);
        List<SyntheticCrawl.Page> b = new ArrayList<>(parts.get(1));
        b.addAll(parts.get(2));
        SiteLearner both = learn(crawl);
        SiteLearner first = learn(a);
        SiteLearner second = learn(b);

        ProfileStore.writeAll(dir.resolve("a"), first.profiles().values());
        ProfileStore.writeAll(dir.resolve("b"), second.profiles().values());
        Map<String, SiteProfile> fromA = byName(ProfileStore.readAll(dir.resolve("a")));
        Map<String, SiteProfile> fromB = byName(ProfileStore.readAll(dir.resolve("b")));
        Map<String, SiteProfile> merged = new TreeMap<>(fromA);
        fromB.forEach((site, p) -> merged.merge(site, p, SiteProfile::merge));

        assertThat(merged.keySet()).isEqualTo(both.profiles().keySet());
        int lines = 0;
        int differ = 0;
        for (SiteProfile p : both.profiles().values()) {
            SiteProfile m = merged.get(p.site());
            assertThat(p.floor()).isZero();
            assertThat(m).isEqualTo(p);
            assertThat(ProfileJson.toJson(m)).isEqualTo(ProfileJson.toJson(p));
            SiteProfile pa = fromA.get(p.site());
            for (LineEntry e : p.lines()) {
                assertThat(e.sample()).isNotNull();
                lines++;
                LineEntry ea = pa == null ? null : pa.line(e.hash());
                differ += ea != null && !ea.sample().equals(e.sample()) ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "sites: merge of a 1/3 + 2/3 split: %d lines, counts and samples identical"
                + " (%d samples of the 1/3 part were not the least spelling)%n", lines, differ);
        assertThat(lines).isGreaterThan(1000);

        SiteLearner viaLearners = new SiteLearner();
        viaLearners.merge(first);
        viaLearners.merge(second);
        assertThat(viaLearners.profiles()).isEqualTo(both.profiles());
        for (SiteProfile p : both.profiles().values()) {
            assertThat(ProfileJson.toJson(viaLearners.profile(p.site()))).isEqualTo(ProfileJson.toJson(p));
        }
    }

    /**
     * Four parts merged in different groupings and orders, some through files, give one profile
     * byte for byte, the one learned from all pages.
     */
    @Test
    void threeOrMorePartsMergeToOneProfileInAnyOrder() throws IOException {
        List<SyntheticCrawl.Page> crawl = SyntheticCrawl.build(SyntheticCrawl.defaultSites(), 13L);
        List<List<SyntheticCrawl.Page>> parts = split(crawl, 4, 17L);
        List<Map<String, SiteProfile>> read = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Path d = dir.resolve("part" + i);
            ProfileStore.writeAll(d, learn(parts.get(i)).profiles().values());
            read.add(byName(ProfileStore.readAll(d)));
        }
        Map<String, SiteProfile> p0 = read.get(0);
        Map<String, SiteProfile> p1 = read.get(1);
        Map<String, SiteProfile> p2 = read.get(2);
        Map<String, SiteProfile> p3 = read.get(3);
        BinaryOperator<Map<String, SiteProfile>> m = SiteProfileMergeTest::merge;

        List<Map<String, SiteProfile>> orders = new ArrayList<>();
        orders.add(m.apply(m.apply(m.apply(p0, p1), p2), p3));
        orders.add(m.apply(p0, m.apply(p1, m.apply(p2, p3))));
        orders.add(m.apply(m.apply(p3, p1), m.apply(p2, p0)));
        orders.add(m.apply(m.apply(m.apply(p2, p3), p0), p1));
        orders.add(roundTrip(m.apply(roundTrip(m.apply(p1, p3), "x"), roundTrip(m.apply(p0, p2), "y")), "z"));
        SiteLearner viaAdd = new SiteLearner();
        List<Map<String, SiteProfile>> shuffled = new ArrayList<>(read);
        Collections.shuffle(shuffled, new Random(3));
        shuffled.forEach(ps -> ps.values().forEach(viaAdd::add));
        orders.add(viaAdd.profiles());

        Map<String, String> first = jsonOf(orders.get(0));
        assertThat(first).hasSize(13);
        for (Map<String, SiteProfile> o : orders) {
            assertThat(jsonOf(o)).isEqualTo(first);
        }
        SiteLearner all = learn(crawl);
        for (SiteProfile p : all.profiles().values()) {
            SiteProfile merged = orders.get(0).get(p.site());
            assertThat(ProfileJson.toJson(merged)).isEqualTo(ProfileJson.toJson(p));
        }
    }

    @Test
    void mergeIsOrderIndependent() {
        List<SyntheticCrawl.Page> crawl = SyntheticCrawl.build(SyntheticCrawl.defaultSites().subList(0, 2), 3L);
        SiteProfile x = learn(crawl.subList(0, 20)).profile("planet-news.example");
        SiteProfile y = learn(crawl.subList(20, crawl.size())).profile("planet-news.example");
        assertThat(x.merge(y)).isEqualTo(y.merge(x));
    }

    @Test
    void refusesToMergeTwoSites() {
        SiteLearner l = new SiteLearner();
        l.add("a.example", "one\ntwo\n");
        l.add("b.example", "one\ntwo\n");
        assertThatThrownBy(() -> l.profile("a.example").merge(l.profile("b.example")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a.example");
    }

    @Test
    void profilesSurviveAJsonRoundTrip() throws IOException {
        List<SyntheticCrawl.Page> crawl = SyntheticCrawl.build(SyntheticCrawl.defaultSites(), 4L);
        for (SiteProfile p : learn(crawl).profiles().values()) {
            String json = ProfileJson.toJson(p);
            assertThat(ProfileJson.fromJson(json)).isEqualTo(p);
            assertThat(ProfileJson.fromJson(ProfileJson.toJson(p.compact(2)))).isEqualTo(p.compact(2));
            assertThat(json).startsWith("{\n  \"format\" : \"textmend-site-profile\",\n  \"version\" : 3,");
        }
    }

    /**
     * The case that needs a sample of every line: a line seen once in each of two crawls, spelled
     * differently, is a recurring line of the merge, with the least spelling of both.
     */
    @Test
    void aLineSeenOnceInEachOfTwoCrawlsMergesToTheSampleOfBoth() {
        SiteLearner x = new SiteLearner();
        x.add("s", "Menu line\nMost read: 2 March\nFirst article body\n");
        SiteLearner y = new SiteLearner();
        y.add("s", "Menu line\nMost read: 1 March\nSecond article body\n");
        SiteLearner both = new SiteLearner();
        both.add("s", "Menu line\nMost read: 2 March\nFirst article body\n");
        both.add("s", "Menu line\nMost read: 1 March\nSecond article body\n");
        SiteProfile m = x.profile("s").merge(y.profile("s"));
        assertThat(m).isEqualTo(both.profile("s"));
        LineEntry e = m.line(LineNormalizer.hash("Most read: 2 March"));
        assertThat(e.pages()).isEqualTo(2);
        assertThat(e.sample()).isEqualTo("Most read: 1 March");
        assertThat(m.line(LineNormalizer.hash("First article body")).sample()).isEqualTo("First article body");
    }

    /** A sample is at most 32 bytes of UTF-8, so a profile stays small whatever the script. */
    @Test
    void samplesStayWithinTheirByteBudget() {
        List<SyntheticCrawl.Page> crawl = SyntheticCrawl.build(SyntheticCrawl.defaultSites(), 4L);
        int cut = 0;
        for (SiteProfile p : learn(crawl).profiles().values()) {
            for (LineEntry e : p.lines()) {
                int n = e.sample().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                assertThat(n).isLessThanOrEqualTo(SiteOptions.SAMPLE_BYTES);
                cut += n > SiteOptions.SAMPLE_BYTES - 4 ? 1 : 0;
            }
        }
        assertThat(cut).as("lines long enough to be cut").isGreaterThan(100);
    }

    private static Map<String, SiteProfile> merge(Map<String, SiteProfile> x, Map<String, SiteProfile> y) {
        Map<String, SiteProfile> out = new TreeMap<>(x);
        y.forEach((site, p) -> out.merge(site, p, SiteProfile::merge));
        return out;
    }

    private Map<String, SiteProfile> roundTrip(Map<String, SiteProfile> ps, String name) throws IOException {
        ProfileStore.writeAll(dir.resolve(name), ps.values());
        return byName(ProfileStore.readAll(dir.resolve(name)));
    }

    private static Map<String, String> jsonOf(Map<String, SiteProfile> ps) {
        Map<String, String> out = new TreeMap<>();
        ps.forEach((site, p) -> out.put(site, ProfileJson.toJson(p)));
        return out;
    }

    private static Map<String, SiteProfile> byName(List<SiteProfile> ps) {
        Map<String, SiteProfile> out = new TreeMap<>();
        ps.forEach(p -> out.put(p.site(), p));
        return out;
    }

    /** The pages dealt at random into {@code n} parts. */
    private static List<List<SyntheticCrawl.Page>> split(List<SyntheticCrawl.Page> crawl, int n, long seed) {
        List<List<SyntheticCrawl.Page>> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(new ArrayList<>());
        }
        Random rnd = new Random(seed);
        for (SyntheticCrawl.Page p : crawl) {
            parts.get(rnd.nextInt(n)).add(p);
        }
        return parts;
    }

    private static SiteLearner learn(List<SyntheticCrawl.Page> pages) {
        SiteLearner l = new SiteLearner();
        pages.forEach(p -> l.add(p.site(), p.text()));
        return l;
    }
}
