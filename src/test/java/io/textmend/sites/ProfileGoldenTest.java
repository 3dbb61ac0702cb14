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
 * can no longer be read.
 */
class ProfileGoldenTest {

    static final Path GOLDEN = SyntheticCrawl.fixtures().resolve("planet-news.example.compact.site.json");

    @Test
    void learnedProfileMatchesThePinnedJson() throws IOException {
        List<SyntheticCrawl.Page> crawl = SyntheticCrawl.build(SyntheticCrawl.defaultSites().subList(0, 1), 8L);
        SiteLearner l = new SiteLearner();
        crawl.forEach(p -> l.add(p.site(), p.text()));
        String json = ProfileJson.toJson(l.profile("planet-news.example").compact(2));
        if (Boolean.getBoolean("sites.golden.write")) {
            Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
        }
        assertThat(json).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
        assertThat(ProfileStore.read(GOLDEN)).isEqualTo(l.profile("planet-news.example").compact(2));
    }
}
