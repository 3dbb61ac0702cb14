package io.textmend;

import static org.assertj.core.api.Assertions.assertThat;

import io.textmend.sites.SiteLearner;
import io.textmend.testing.Corpora;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanerSitesTest {

    private static List<String> pages() {
        List<String> lines = Corpora.lines(Corpora.multilingualFiles().stream()
                .filter(p -> p.getFileName().toString().equals("de.txt")).findFirst().orElseThrow());
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            pages.add("Wetterdienst Nord Startseite Regionales\n\n" + lines.get(3 * i) + "\n\n" + lines.get(3 * i + 1)
                    + "\n\n" + lines.get(3 * i + 2) + "\n\nUnser Partnerportal für Rätsel und Spiele\n");
        }
        return pages;
    }

    @Test
    void learnedTemplateLinesAreRemovedAndReportedBySitesStage() {
        Cleaner plain = new Cleaner(CleanOptions.defaults());
        SiteLearner learner = new SiteLearner();
        for (String p : pages()) {
            learner.add("wetter.example", plain.siteText(p.getBytes(StandardCharsets.UTF_8), null));
        }
        Cleaner withSites = plain.withSites(learner.toFilter());
        String page = pages().get(5);
        CleanResult r = withSites.clean(page.getBytes(StandardCharsets.UTF_8), null, "wetter.example");
        assertThat(r.text()).doesNotContain("Wetterdienst Nord Startseite").doesNotContain("Partnerportal")
                .contains(Corpora.lines(Corpora.multilingualFiles().stream()
                        .filter(p -> p.getFileName().toString().equals("de.txt")).findFirst().orElseThrow()).get(16));
        assertThat(r.changes()).anySatisfy(c -> {
            assertThat(c.stage()).isEqualTo("sites");
            assertThat(c.rule()).isEqualTo("site_template");
        });
        // another site's pages are untouched by this profile, and no site key means no site filtering
        assertThat(withSites.clean(page.getBytes(StandardCharsets.UTF_8), null, "other.example").count("sites")).isZero();
        assertThat(withSites.clean(page).count("sites")).isZero();
    }
}
