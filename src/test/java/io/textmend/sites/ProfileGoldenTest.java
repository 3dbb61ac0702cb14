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
 * can no longer be read as they are. A version-1 file written before the format changed is kept
 * and must still read.
 */
class ProfileGoldenTest {

    static final Path GOLDEN = SyntheticCrawl.fixtures().resolve("planet-news.example.site.json");

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

    /** The version-1 file held the compact profile of the same crawl, a sample on every line. */
    @Test
    void aVersionOneProfileStillReads() throws IOException {
        assertThat(Files.readString(GOLDEN_V1, StandardCharsets.UTF_8)).contains("\"version\" : 1,");
        SiteProfile v1 = ProfileStore.read(GOLDEN_V1);
        assertThat(v1).isEqualTo(learned().compact(2));
        assertThat(ProfileJson.fromJson(ProfileJson.toJson(v1))).isEqualTo(v1);
    }
}
