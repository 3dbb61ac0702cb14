package io.textmend.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.textmend.CleanOptions;
import io.textmend.Cleaner;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Pages unlike the benchmark's ({@code test-fixtures/html}): Chinese, Japanese, Korean, Cyrillic,
 * Arabic, Hebrew, Greek, Hindi, Thai and German articles in legacy charsets with a missing or lying
 * {@code <meta charset>}, layout tables, JSON-LD present or absent; listings and pages with no
 * article. Scored with the benchmark metric, CJK and Thai counted by characters.
 */
class HtmlFixturesTest {

    static final double FLOOR_PER_PAGE = 0.95;
    static final double FLOOR_MEAN = 0.99;

    @Test
    void extractsArticlesInAnyLanguageAndCharset() {
        List<FixturePages.Scored> scored = FixturePages.score(new Cleaner(CleanOptions.defaults()));
        List<FixturePages.Scored> articles = scored.stream().filter(s -> s.fixture().isArticle()).toList();
        assertThat(articles).hasSizeGreaterThanOrEqualTo(16);
        SoftAssertions soft = new SoftAssertions();
        double sum = 0;
        for (FixturePages.Scored s : articles) {
            System.out.printf(Locale.ROOT, "%-34s f1 %.3f  %s%n", s.fixture().name(), s.counts().f1(),
                    s.result().charset());
            sum += s.counts().f1();
            soft.assertThat(s.counts().f1()).as(s.fixture().name() + " F1").isGreaterThanOrEqualTo(FLOOR_PER_PAGE);
            soft.assertThat(s.result().title()).as(s.fixture().name() + " title")
                    .isEqualTo(s.fixture().fields().get("title"));
            soft.assertThat(s.result().metadata().canonicalUrl()).as(s.fixture().name() + " canonical")
                    .isEqualTo(s.fixture().fields().get("canonical"));
            soft.assertThat(s.result().metadata().language()).as(s.fixture().name() + " language")
                    .isEqualTo(s.fixture().fields().get("language"));
            soft.assertThat(s.result().text()).as(s.fixture().name() + " no replacement chars").doesNotContain("\uFFFD");
        }
        soft.assertThat(sum / articles.size()).as("mean F1").isGreaterThanOrEqualTo(FLOOR_MEAN);
        soft.assertAll();
    }

    @Test
    void listingsAndPagesWithoutAnArticleGiveNothing() {
        List<FixturePages.Scored> none = FixturePages.score(new Cleaner(CleanOptions.defaults())).stream()
                .filter(s -> !s.fixture().isArticle()).toList();
        assertThat(none).hasSizeGreaterThanOrEqualTo(4);
        for (FixturePages.Scored s : none) {
            assertThat(s.result().text()).as(s.fixture().name()).hasSizeLessThan(100);
        }
    }

    @Test
    void legacyCharsetsAreDecodedDespiteMissingOrLyingDeclarations() {
        for (FixturePages.Scored s : FixturePages.score(new Cleaner(CleanOptions.defaults()))) {
            String want = s.fixture().fields().get("charset");
            String got = s.result().charset();
            switch (want) {
                case "gbk" -> assertThat(got).as(s.fixture().name()).isIn("gb18030", "gbk");
                case "shift_jis" -> assertThat(got).as(s.fixture().name()).isIn("shift_jis", "windows-31j");
                case "cp1251" -> assertThat(got).as(s.fixture().name()).isEqualTo("windows-1251");
                case "cp1256" -> assertThat(got).as(s.fixture().name()).isEqualTo("windows-1256");
                default -> { }
            }
        }
    }
}
