package io.textmend.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.textmend.CleanResult;
import io.textmend.TextMend;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    private static final String PROSE = "The council met on Tuesday to discuss the budget, which has grown by a third "
            + "since last year, and voted to delay the decision until spring.";

    private static String page(String article) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>Budget vote delayed | Daily</title>"
                + "<meta property=\"og:title\" content=\"Budget vote delayed\"></head><body>"
                + "<nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li></ul></nav>"
                + "<div class=\"sidebar\"><h3>Most read</h3><ul><li><a href=/a>Storm hits coast, thousands without power"
                + "</a></li><li><a href=/b>Team wins final after extra time</a></li></ul></div>"
                + article + "<footer><p>© 2019 Daily. All rights reserved.</p></footer></body></html>";
    }

    private static String extract(String html) {
        return HtmlExtractor.defaults().extract(html, "").text();
    }

    @Test
    void rendersParagraphsHeadingsListItemsAndLineBreaks() {
        String text = extract(page("<article><h1>Budget vote delayed</h1><p>" + PROSE + "</p><h2>What next</h2>"
                + "<p>" + PROSE + "</p><ul><li>First point of the plan.</li><li>Second point of the plan.</li></ul>"
                + "<p>Line one of the address,<br>line two of it, and <b>bold</b>   spaced   text.</p></article>"));
        assertThat(text).isEqualTo(PROSE + "\n\nWhat next\n\n" + PROSE + "\n\nFirst point of the plan.\n\n"
                + "Second point of the plan.\n\nLine one of the address,\nline two of it, and bold spaced text.\n");
    }

    @Test
    void doesNotGlueTextAcrossBlockBoundaries() {
        String text = extract(page("<div class=content><p>" + PROSE + "</p><div>End of one<div>start of two."
                + "</div></div><table><tr><td>cell one</td><td>cell two</td></tr></table></div>"));
        assertThat(text).contains("End of one\n\nstart of two.").contains("cell one cell two")
                .doesNotContain("onestart").doesNotContain("onecell");
    }

    @Test
    void dropsScriptsStylesHiddenFormsAndNavigation() {
        String text = extract(page("<article><p>" + PROSE + "</p><script>var x = 'script text';</script>"
                + "<style>p{color:red}</style><noscript>enable javascript</noscript><p hidden>hidden text</p>"
                + "<p style=\"display: none\">invisible text</p><form><input value=x><button>Send it</button></form>"
                + "<p>" + PROSE + "</p></article>"));
        assertThat(text).doesNotContain("script text", "color", "enable javascript", "hidden text",
                "invisible text", "Send it", "Home", "Most read", "Storm hits", "rights reserved");
        assertThat(text).contains(PROSE);
    }

    @Test
    void keepsTheArticleWhenAFormWrapsTheWholePage() {
        String html = "<html><body><form id=aspnetForm><div class=menu><a href=/>Home</a></div><div class=story>"
                + "<p>" + PROSE + "</p><p>" + PROSE + "</p></div></form></body></html>";
        assertThat(extract(html)).contains(PROSE);
    }

    @Test
    void movesHeadlineAndBylineToMetadata() {
        String html = "<html lang=\"pt-BR\"><head><title>Title | Site</title><meta name=author content=\"Ana Lima\">"
                + "<link rel=canonical href=\"https://example.com/a\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Chuva forte\","
                + "\"datePublished\":\"2019-11-18\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Lima\"}]}</script>"
                + "</head><body><article><h1>Chuva forte</h1><p class=x>Por Ana Lima</p><p>" + PROSE + "</p></article>"
                + "</body></html>";
        Extraction x = HtmlExtractor.defaults().extract(html, "");
        assertThat(x.text()).isEqualTo(PROSE + "\n");
        assertThat(x.title()).isEqualTo("Chuva forte");
        assertThat(x.byline()).isEqualTo("Ana Lima");
        assertThat(x.date()).isEqualTo("2019-11-18");
        assertThat(x.language()).isEqualTo("pt-BR");
        assertThat(x.canonicalUrl()).isEqualTo("https://example.com/a");
    }

    @Test
    void jsonLdArticleBodyDecidesBetweenRivalContainers() {
        String a = "<p>Engineers finished the new bridge across the river on Monday, two years after work began, "
                + "and the first buses crossed it at noon.</p><p>The bridge cost less than planned, said the mayor, "
                + "who thanked the workers and the residents for their patience.</p>";
        String b = "<p>Readers wrote in about the weather all week, with many saying the rain had ruined their weekend "
                + "plans, and others glad for the gardens.</p><p>One reader said the storms were the worst she remembered "
                + "in forty years, and that the roads had flooded twice, which was unusual.</p>"
                + "<p>Another said that it was simply autumn.</p>";
        String body = "<div class=x1>" + a + "</div><div class=x2>" + b + "</div></body></html>";
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + Jsoup.parse(a).text() + "\"}</script>";
        String without = extract("<html><head></head><body>" + body);
        String with = extract("<html><head>" + ld + "</head><body>" + body);
        assertThat(without).contains("Readers wrote");
        assertThat(with).contains("Engineers finished").doesNotContain("Readers wrote");
    }

    @Test
    void malformedJsonLdIsIgnored() {
        String html = "<html><head><script type=application/ld+json>{\"headline\": \"Half</script></head>"
                + "<body><p>" + PROSE + "</p></body></html>";
        assertThat(extract(html)).contains(PROSE);
    }

    @Test
    void survivesHundredThousandNestedTags() {
        for (String tag : List.of("div", "span", "table", "a", "b")) {
            StringBuilder sb = new StringBuilder("<html><body>");
            sb.append(("<" + tag + ">").repeat(100_000)).append(PROSE).append(("</" + tag + ">").repeat(100_000));
            try {
                CleanResult r = TextMend.clean(sb.toString().getBytes(StandardCharsets.UTF_8));
                // tags the parser does not nest (a, table) leave a shallow page: it is extracted
                assertThat(r.text()).as(tag).contains("The council met");
            } catch (HtmlTooDeepException e) {
                assertThat(e).as(tag).hasMessage("HTML nested deeper than 512 levels (--max-depth)");
                assertThat(tag).isIn("div", "span", "b");
            }
        }
    }

    @Test
    void nestingUnderTheLimitIsExtracted() {
        String html = "<html><body>" + "<div>".repeat(400) + "<p>" + PROSE + "</p>" + "</div>".repeat(400)
                + "</body></html>";
        assertThat(extract(html)).contains("The council met");
    }

    @Test
    void survivesMalformedMarkup() {
        String html = "<html><body><div><p>" + PROSE + "<td>stray cell<p><b><i>" + PROSE + "</b></i></div></span>"
                + "<table><tr><p>in a row<table><div></body><p>after body</html><<<>>><!-- unterminated";
        String text = extract(html);
        assertThat(text).contains("The council met");
        assertThat(extract("")).isEmpty();
        assertThat(extract("<html><body></body></html>")).isEmpty();
        assertThat(extract("Just text, no tags at all, but a sentence of some length.")).isEqualTo(
                "Just text, no tags at all, but a sentence of some length.\n");
    }

    @Test
    void extractsTenMegabytePagesInLinearTime() {
        long small = timeOf(page(articleOf(500_000)));
        long big = timeOf(page(articleOf(10_000_000)));
        assertThat(big).as("10 MB in ms").isLessThan(30_000);
        // twenty times the input may take at most about twenty times as long, with slack for noise
        assertThat(big).as("10 MB vs 0.5 MB").isLessThan(Math.max(1, small) * 60 + 2_000);
    }

    private static String articleOf(int chars) {
        StringBuilder sb = new StringBuilder("<article>");
        int i = 0;
        while (sb.length() < chars) {
            sb.append("<div class=item><p>").append(PROSE).append(" Paragraph ").append(i++).append(".</p>")
                    .append("<a href=/x").append(i).append(">link</a></div>\n");
        }
        return sb.append("</article>").toString();
    }

    private static long timeOf(String html) {
        HtmlExtractor x = HtmlExtractor.defaults();
        x.extract(html, "");
        long t0 = System.nanoTime();
        String text = x.extract(html, "").text();
        assertThat(text).contains("Paragraph 1.");
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void leavesAParsedDocumentUnchanged() {
        Document doc = Jsoup.parse(page("<article><p>" + PROSE + "</p></article>"));
        String before = doc.outerHtml();
        assertThat(HtmlExtractor.defaults().extract(doc).text()).contains(PROSE);
        assertThat(doc.outerHtml()).isEqualTo(before);
    }

    @Test
    void oneExtractorServesManyThreadsWithTheSameResults() throws Exception {
        HtmlExtractor x = HtmlExtractor.defaults();
        List<BenchmarkPages.Page> pages = BenchmarkPages.load().subList(0, 40);
        List<String> expected = pages.stream().map(p -> x.extract(new String(p.html(), StandardCharsets.UTF_8), "")
                .text()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> got = pool.invokeAll(pages.stream().map(p -> (java.util.concurrent.Callable<String>)
                    () -> x.extract(new String(p.html(), StandardCharsets.UTF_8), "").text()).toList());
            for (int i = 0; i < pages.size(); i++) {
                assertThat(got.get(i).get()).isEqualTo(expected.get(i));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void wholePageModeKeepsEveryVisibleBlock() {
        String text = HtmlExtractor.visibleText(page("<article><p>" + PROSE + "</p></article>"));
        assertThat(text).contains("Home", "Most read", PROSE, "All rights reserved");
    }
}
