package io.textmend.sites;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteLearnerBoundsTest {

    @Test
    void countsStayWithinTheLineCapAndTemplateLinesSurvivePruning() {
        SiteOptions o = SiteOptions.defaults().withMaxLinesPerSite(64);
        SiteLearner l = new SiteLearner(o);
        int pages = 3000;
        for (int i = 0; i < pages; i++) {
            StringBuilder b = new StringBuilder("Menu | Home | News\n");
            for (int k = 0; k < 5; k++) {
                b.append("unique line ").append(word(i * 5 + k)).append('\n');
            }
            if (i % 3 == 0) {
                b.append("Advertisement\n");
            }
            l.add("s.example", b.toString());
            assertThat(l.profile("s.example").lines().size()).isLessThanOrEqualTo(64);
        }
        SiteProfile p = l.profile("s.example");
        assertThat(p.floor()).isPositive();
        LineEntry menu = p.line(LineNormalizer.hash("Menu | Home | News"));
        assertThat(menu.pages()).isLessThanOrEqualTo(pages);
        assertThat(menu.pages() + menu.delta()).isGreaterThanOrEqualTo(pages);
        LineEntry ad = p.line(LineNormalizer.hash("Advertisement"));
        assertThat(ad.pages()).isLessThanOrEqualTo(pages / 3);
        assertThat(ad.pages() + ad.delta()).isGreaterThanOrEqualTo(pages / 3);
        SiteTemplate t = new SiteTemplate(p, o);
        assertThat(t.isTemplate(menu.hash())).isTrue();
        assertThat(t.isTemplate(ad.hash())).isTrue();
        System.out.printf(java.util.Locale.ROOT, "sites: bounds: %d pages, %d lines kept (cap 64), floor %d,"
                + " menu counted %d (+%d)%n", pages, p.lines().size(), p.floor(), menu.pages(), menu.delta());
    }

    @Test
    void pageKeysStayWithinTheirCap() {
        SiteLearner l = new SiteLearner(SiteOptions.defaults().withMaxPageKeys(10));
        for (int i = 0; i < 50; i++) {
            l.add("s.example", "Menu\nStory " + word(i) + "\n");
        }
        SiteProfile p = l.profile("s.example");
        assertThat(p.pageKeys()).hasSize(10);
        assertThat(p.distinctPages()).isEqualTo(50);
    }

    private static String word(int i) {
        StringBuilder b = new StringBuilder();
        do {
            b.append((char) ('a' + i % 26));
            i /= 26;
        } while (i > 0);
        return b.toString();
    }
}
