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
     * counts (the whole file but the sample strings) are byte for byte those learned from all
     * pages; each merged sample is the least of the parts' samples, so it is absent or a spelling
     * no less than the one learned from all pages.
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
        int samples = 0;
        int same = 0;
        int templateSamples = 0;
        int templateSame = 0;
        for (SiteProfile p : both.profiles().values()) {
            SiteProfile m = merged.get(p.site());
            assertThat(p.floor()).isZero();
            assertThat(m.withoutSamples()).isEqualTo(p.withoutSamples());
            assertThat(ProfileJson.toJson(m.withoutSamples())).isEqualTo(ProfileJson.toJson(p.withoutSamples()));
            assertThat(stateOf(ProfileJson.toJson(m))).isEqualTo(stateOf(ProfileJson.toJson(p)));
            SiteTemplate t = new SiteTemplate(p, SiteOptions.defaults());
            for (LineEntry e : p.lines()) {
                String ms = m.line(e.hash()).sample();
                String want = least(sampleOf(fromA.get(p.site()), e.hash()), sampleOf(fromB.get(p.site()), e.hash()));
                assertThat(ms).as("merged sample is the least of the parts'").isEqualTo(want);
                if (e.sample() == null) {
                    assertThat(ms).isNull();
                    continue;
                }
                samples++;
                if (ms != null) {
                    assertThat(ms.compareTo(e.sample())).isGreaterThanOrEqualTo(0);
                }
                same += e.sample().equals(ms) ? 1 : 0;
                if (t.isTemplate(e.hash())) {
                    templateSamples++;
                    templateSame += e.sample().equals(ms) ? 1 : 0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "sites: merge of a 1/3 + 2/3 split: counts identical; samples identical %d/%d"
                + " (template lines %d/%d)%n", same, samples, templateSame, templateSamples);
        assertThat(templateSamples).isGreaterThan(100);

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
     * byte for byte (samples included); its counts are those learned from all pages.
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
            assertThat(ProfileJson.toJson(merged.withoutSamples())).isEqualTo(ProfileJson.toJson(p.withoutSamples()));
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
            assertThat(json).startsWith("{\n  \"format\" : \"textmend-site-profile\",\n  \"version\" : 2,");
        }
    }

    @Test
    void onlyLinesInTwoOrMoreDistinctPagesKeepASample() {
        SiteLearner l = new SiteLearner();
        l.add("s", "Menu line\nFirst article body\n");
        l.add("s", "Menu line\nSecond article body\n");
        SiteProfile p = l.profile("s");
        assertThat(p.line(LineNormalizer.hash("Menu line")).sample()).isEqualTo("Menu line");
        assertThat(p.line(LineNormalizer.hash("First article body")).sample()).isNull();
        assertThat(p.line(LineNormalizer.hash("First article body")).pages()).isEqualTo(1);
    }

    private static String stateOf(String json) {
        int from = json.indexOf("\"state\"");
        return json.substring(from, json.indexOf(']', from) + 1);
    }

    private static String sampleOf(SiteProfile p, long hash) {
        if (p == null) {
            return null;
        }
        LineEntry e = p.line(hash);
        return e == null ? null : e.sample();
    }

    private static String least(String x, String y) {
        if (x == null) {
            return y;
        }
        return y == null || x.compareTo(y) <= 0 ? x : y;
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
