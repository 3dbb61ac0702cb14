package io.textmend.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON of one learned profile is pinned in {@code test-fixtures/sites/}: a change of folding,
 * hashing, counting or format shows up here. A deliberate change rewrites the file with
 * {@code -Dsites.golden.write=true} and bumps {@link SiteProfile#FORMAT_VERSION} when old files
 * can no longer be read as they are. Files of earlier versions are kept and must still read.
 */
class ProfileGoldenTest {

    static final Path GOLDEN = SyntheticCrawl.fixtures().resolve("planet-news.example.site.json");

    static final Path GOLDEN_V2 = SyntheticCrawl.fixtures().resolve("planet-news.example.v2.site.json");

    static final Path GOLDEN_V1 = SyntheticCrawl.fixtures().resolve("planet-news.example.compact.v1.site.json");

    private static SiteProfile learned() {
        List<SyntheticCrawl.Page> crawl = SyntheticCrawl.build(SyntheticCrawl.defaultSites().subList(0, 1), 8L);
        SiteLearner l = new SiteLearner();
        crawl.forEach(p -> l.add(p.site(), p.text()));
        return l.profile("planet-news.example");
    }

    @Test
    void learnedProfileMatchesThePinnedJson() throws IOException {
        SiteProfile p = learned();
        String json = ProfileJson.toJson(p);
        if (Boolean.getBoolean("sites.golden.write")) {
            Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
        }
        assertThat(json).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
        assertThat(ProfileStore.read(GOLDEN)).isEqualTo(p);
    }

    /**
     * The version-2 file held the same crawl's counts, with 40-char samples of the lines in two or
     * more distinct pages only. Its counts read as learned; each of its samples cut to 32 bytes
     * is today's sample (the least of cut spellings is the cut of the least).
     */
    @Test
    void aVersionTwoProfileStillReads() throws IOException {
        assertThat(Files.readString(GOLDEN_V2, StandardCharsets.UTF_8)).contains("\"version\" : 2,");
        SiteProfile v2 = ProfileStore.read(GOLDEN_V2);
        SiteProfile now = learned();
        assertThat(v2.withoutSamples()).isEqualTo(now.withoutSamples());
        assertThat(samplesMatch(v2, now)).isGreaterThan(30);
        assertThat(v2.lines()).anyMatch(e -> e.sample() == null);
        assertThat(ProfileJson.fromJson(ProfileJson.toJson(v2))).isEqualTo(v2);
    }

    /** The version-1 file held the compact profile of the same crawl, a sample on every line. */
    @Test
    void aVersionOneProfileStillReads() throws IOException {
        assertThat(Files.readString(GOLDEN_V1, StandardCharsets.UTF_8)).contains("\"version\" : 1,");
        SiteProfile v1 = ProfileStore.read(GOLDEN_V1);
        SiteProfile now = learned().compact(2);
        assertThat(v1.withoutSamples()).isEqualTo(now.withoutSamples());
        assertThat(samplesMatch(v1, now)).isEqualTo(now.lines().size());
        assertThat(ProfileJson.fromJson(ProfileJson.toJson(v1))).isEqualTo(v1);
    }

    /** Lines whose old sample, cut as today, is today's sample; fails on any that is not. */
    private static int samplesMatch(SiteProfile old, SiteProfile now) {
        int n = 0;
        for (LineEntry e : old.lines()) {
            if (e.sample() == null) {
                continue;
            }
            String cut = e.sample().substring(0, LineStat.sampleLength(e.sample(), 0, e.sample().length()));
            assertThat(now.line(e.hash()).sample()).as("sample of %s", e).isEqualTo(cut);
            n++;
        }
        return n;
    }
}
