package io.textmend.sites;

import static org.assertj.core.api.Assertions.assertThat;

import io.textmend.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class SiteFilterTest {

    private static final String SITE = "site.example";

    private static SiteFilter learn(int pages, IntFunction<String> page) {
        SiteLearner l = new SiteLearner();
        for (int i = 0; i < pages; i++) {
            l.add(SITE, page.apply(i));
        }
        return new SiteFilter(l.profiles().values());
    }

    private static String article(int i) {
        return "Article " + words(i) + " opens with a long first sentence about topic " + words(i * 7 + 1) + ".\n"
                + "The second sentence of story " + words(i * 3 + 2) + " is also fairly long and specific.\n"
                + "A third line " + words(i * 5 + 3) + " closes it.\n";
    }

    /** Digit-free distinct words (digits fold to 0, so numbers cannot tell lines apart). */
    private static String words(int i) {
        StringBuilder b = new StringBuilder();
        do {
            b.append((char) ('a' + i % 26));
            i /= 26;
        } while (i > 0);
        return b.append("x").toString();
    }

    @Test
    void removesALineInThirtyPercentOfPagesAndAtLeastThreeAndKeepsRarerOnes() {
        SiteFilter f = learn(10, i -> "Menu | Home | News\n" + article(i)
                + (i < 3 ? "In three pages.\n" : "") + (i < 2 ? "In two pages.\n" : ""));
        String page = "Menu | Home | News\n" + article(0) + "In three pages.\nIn two pages.\n";
        assertThat(f.filter(SITE, page).text()).isEqualTo(article(0) + "In two pages.\n");

        SiteFilter big = learn(20, i -> "Menu | Home | News\n" + article(i) + (i < 5 ? "In five pages.\n" : ""));
        assertThat(big.filter(SITE, page.replace("In three", "In five")).text())
                .isEqualTo(article(0) + "In five pages.\nIn two pages.\n");
    }

    @Test
    void keepsAnArticleCrawledFiveTimesAmongSixOthers() {
        SiteFilter f = learn(11, i -> "Menu | Home | News\nUpdated " + (i + 2) + " hours ago\n"
                + article(i < 5 ? 0 : i) + "Tags: " + words(i) + "\n© 20" + (10 + i) + " Site\n");
        String copy = "Menu | Home | News\nUpdated 9 minutes ago\n" + article(0) + "Tags: q\n© 2031 Site\n";
        SiteFilterResult r = f.filter(SITE, copy);
        assertThat(r.text()).isEqualTo(article(0) + "Tags: q\n");
        assertThat(r.changes()).extracting(Change::before)
                .containsExactly("Menu | Home | News", "Updated 9 minutes ago", "© 2031 Site");
    }

    @Test
    void recordsEachRemovalAsAChangeWithSpanAndReason() {
        SiteFilter f = learn(4, i -> "  Sign in · Subscribe  \r\n" + article(i));
        String page = "Intro\r\n  Sign in · Subscribe  \r\n" + article(9);
        SiteFilterResult r = f.filter(SITE, page);
        assertThat(r.text()).isEqualTo("Intro\r\n" + article(9));
        Change c = r.changes().get(0);
        assertThat(c.stage()).isEqualTo("sites");
        assertThat(c.rule()).isEqualTo("site_template");
        assertThat(c.before()).isEqualTo("Sign in · Subscribe");
        assertThat(page.substring(c.start(), c.end())).isEqualTo(c.before());
        assertThat(c.after()).isEmpty();
        assertThat(c.detail()).isEqualTo("template line: in 4 of 4 distinct pages");
    }

    @Test
    void removesTeasersUnderARelatedHeaderButNotTheArticleAfterAnAdvert() {
        int n = 20;
        IntFunction<String> page = i -> "Menu | Home | News\n" + first(i) + "Advertisement\n" + rest(i)
                + "Related stories\n" + headline(i + 1) + headline(i + 2) + headline(i + 3) + "Contact us\n";
        SiteFilter f = learn(n, page);
        SiteTemplate t = f.template(SITE);
        assertThat(t.isHeader(LineNormalizer.hash("Related stories"))).isTrue();
        assertThat(t.isHeader(LineNormalizer.hash("Advertisement"))).isFalse();
        assertThat(t.isHeader(LineNormalizer.hash("Menu | Home | News"))).isFalse();
        SiteFilterResult r = f.filter(SITE, page.apply(4));
        assertThat(r.text()).isEqualTo(first(4) + rest(4));
        assertThat(r.changes()).extracting(Change::detail)
                .filteredOn(d -> d.startsWith("teaser")).hasSize(3)
                .allMatch(d -> d.equals("teaser under related-content header \"Related stories\""));
    }

    @Test
    void teaserBlockEndsAtTheFirstLineThatDoesNotRecur() {
        SiteFilter f = learn(20, i -> first(i) + "Related stories\n" + headline(i + 1) + headline(i + 2) + "Contact us\n");
        String page = first(3) + "Related stories\n" + headline(4) + "A brand new line never seen before.\n"
                + headline(5) + "Contact us\n";
        assertThat(f.filter(SITE, page).text())
                .isEqualTo(first(3) + "A brand new line never seen before.\n" + headline(5));
    }

    @Test
    void leavesPagesOfUnknownSitesAndPagesWithoutTemplateAlone() {
        SiteFilter f = learn(5, i -> "Menu\n" + article(i));
        assertThat(f.filter("other.example", "Menu\nx\n").changed()).isFalse();
        assertThat(f.filter(SITE, article(3)).text()).isEqualTo(article(3));
        assertThat(new SiteFilter(List.of()).filter(SITE, "Menu\n").text()).isEqualTo("Menu\n");
    }

    @Test
    void filteringTwiceChangesNothingMore() {
        List<SyntheticCrawl.Page> crawl = SyntheticCrawl.build(SyntheticCrawl.defaultSites().subList(0, 3), 2L);
        SiteLearner l = new SiteLearner();
        crawl.forEach(p -> l.add(p.site(), p.text()));
        SiteFilter f = new SiteFilter(l.profiles().values());
        List<String> again = new ArrayList<>();
        for (SyntheticCrawl.Page p : crawl) {
            String once = f.filter(p.site(), p.text()).text();
            if (f.filter(p.site(), once).changed()) {
                again.add(once);
            }
        }
        assertThat(again).isEmpty();
    }

    private static String first(int i) {
        return "Headline " + words(i) + " of the day\nStory " + words(i) + " starts with a long and specific line.\n";
    }

    private static String rest(int i) {
        return "And story " + words(i) + " goes on after the advert with more words " + words(i * 11 + 5) + ".\n";
    }

    private static String headline(int i) {
        return "Headline " + words(i % 20) + " of the day\n";
    }
}
