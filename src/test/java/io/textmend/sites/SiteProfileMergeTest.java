package io.textmend.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteProfileMergeTest {

    @TempDir
    Path dir;

    @Test
    void mergingTheProfilesOfTwoCrawlsEqualsLearningBoth() throws IOException {
        List<SyntheticCrawl.Page> crawl = SyntheticCrawl.build(SyntheticCrawl.defaultSites(), 21L);
        List<SyntheticCrawl.Page> a = new ArrayList<>();
        List<SyntheticCrawl.Page> b = new ArrayList<>();
        Random rnd = new Random(5);
        for (SyntheticCrawl.Page p : crawl) {
            (rnd.nextInt(3) == 0 ? a : b).add(p);
        }
        SiteLearner both = learn(crawl);
        SiteLearner first = learn(a);
        SiteLearner second = learn(b);

        ProfileStore.writeAll(dir.resolve("a"), first.profiles().values());
        ProfileStore.writeAll(dir.resolve("b"), second.profiles().values());
        Map<String, SiteProfile> merged = new TreeMap<>();
        for (SiteProfile p : ProfileStore.readAll(dir.resolve("a"))) {
            merged.put(p.site(), p);
        }
        for (SiteProfile p : ProfileStore.readAll(dir.resolve("b"))) {
            merged.merge(p.site(), p, SiteProfile::merge);
        }

        assertThat(merged).isEqualTo(both.profiles());
        for (SiteProfile p : both.profiles().values()) {
            assertThat(ProfileJson.toJson(merged.get(p.site()))).isEqualTo(ProfileJson.toJson(p));
            assertThat(p.floor()).isZero();
        }
        SiteLearner viaLearners = new SiteLearner();
        viaLearners.merge(first);
        viaLearners.merge(second);
        assertThat(viaLearners.profiles()).isEqualTo(both.profiles());
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
            assertThat(json).startsWith("{\n  \"format\" : \"textmend-site-profile\",\n  \"version\" : 1,");
        }
    }

    private static SiteLearner learn(List<SyntheticCrawl.Page> pages) {
        SiteLearner l = new SiteLearner();
        pages.forEach(p -> l.add(p.site(), p.text()));
        return l;
    }
}
