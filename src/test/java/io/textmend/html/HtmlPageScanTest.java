package io.textmend.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.textmend.encoding.EncodingDetector;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * {@link PageScan}'s one walk against the passes it replaced ({@link ReferencePasses}: depth check,
 * metadata walk, never-content removal, measuring, top-down boilerplate removal), on the benchmark
 * pages, the fixture pages and hand-made edge cases: the same tree afterwards, the same counts for
 * every element, the same metadata, the same depth verdict.
 */
class HtmlPageScanTest {

    private static final String PROSE = "The council met on Tuesday evening, and after a long debate it voted to "
            + "repair the old bridge before winter. Residents had asked for the work for years.";

    private static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        for (BenchmarkPages.Page p : BenchmarkPages.load()) {
            pages.put(p.id(), new String(p.html(), StandardCharsets.UTF_8));
        }
        EncodingDetector detector = EncodingDetector.defaults();
        for (FixturePages.Case c : FixturePages.load()) {
            pages.put(c.name(), detector.decode(c.html()).text());
        }
        pages.put("frameset", "<html><frameset><frame src=a><noframes><p>" + PROSE + "</p></noframes></frameset>");
        pages.put("nested never-content", "<body><div><video><audio><p>x</p></audio></video><p>" + PROSE
                + "</p><button><select><option>a</option></select></button></div></body>");
        pages.put("nested boilerplate", "<body><div class=sidebar><div class=share><a href=#>s</a></div>"
                + "<p>short</p></div><div class=comments>" + ("<p>" + PROSE + "</p>").repeat(6)
                + "<div class=share><a href=#>x</a></div></div><footer><nav>a</nav></footer></body>");
        pages.put("hidden and roles", "<body><div hidden><p>" + PROSE + "</p></div><div style='display: none'>x</div>"
                + "<div role=navigation><a href=/>home</a></div><article class=related><p>" + PROSE
                + "</p></article><main id=footer><p>" + PROSE + "</p></main><p>" + PROSE + "</p></body>");
        pages.put("text outside body", "<html><head><title>T</title><meta name=author content=A></head>"
                + "<body><a href=x>link <b>bold</b></a> tail<p>" + PROSE + "</p></body></html> after");
        return pages;
    }

    @Test
    void oneWalkDoesWhatTheSeparatePassesDid() {
        Map<String, String> pages = pages();
        assertThat(pages).hasSizeGreaterThan(181 + 16);
        int removedSomewhere = 0;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            String cut = Prestrip.strip(page.getValue()).html();
            for (boolean article : new boolean[] {true, false}) {
                String as = page.getKey() + (article ? " (article)" : " (whole page)");
                Document ref = Jsoup.parse(cut);
                Document doc = Jsoup.parse(cut);
                Metadata refMeta = Metadata.of(ref, JsonLd.NONE);
                Element refBody = ref.body();
                ReferencePasses.removeNeverContent(refBody, article);
                Metadata.Collector collector = new Metadata.Collector();
                Element body = doc.body();
                PageScan scan = PageScan.run(doc, body, 512, article, article, 100, collector);
                Cleanup.removeAll(scan.neverContent);
                assertThat(collector.finish(JsonLd.NONE)).as(as).isEqualTo(refMeta);
                assertThat(body.outerHtml()).as(as).isEqualTo(refBody.outerHtml());
                if (!article) {
                    assertThat(scan.stats).isNull();
                    continue;
                }
                TextStats refStats = TextStats.measure(refBody);
                assertSameCounts(as, refBody, refStats, body, scan.stats);
                int before = refBody.getAllElements().size();
                boolean refExact = ReferencePasses.removeBoilerplate(refBody, refStats, Vocabulary.defaults().memo());
                List<Element> doomed = scan.boilerplate(Vocabulary.defaults().memo());
                boolean exact = scan.stats.subtract(doomed, 4L * scan.stats.of(body).elements + 1000);
                Cleanup.removeAll(doomed);
                assertThat(exact).as(as).isEqualTo(refExact);
                assertThat(body.outerHtml()).as(as).isEqualTo(refBody.outerHtml());
                assertSameCounts(as, refBody, refStats, body, scan.stats);
                removedSomewhere += refBody.getAllElements().size() < before ? 1 : 0;
            }
        }
        assertThat(removedSomewhere).as("pages that lost boilerplate").isGreaterThan(150);
    }

    private static void assertSameCounts(String as, Element refRoot, TextStats ref, Element root, TextStats stats) {
        List<Element> a = refRoot.getAllElements();
        List<Element> b = root.getAllElements();
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            assertThat(fields(stats.of(b.get(i)))).as(as + " element " + i + " " + b.get(i).normalName())
                    .isEqualTo(fields(ref.of(a.get(i))));
        }
        assertThat(stats.of(root).chars).as(as).isEqualTo(ref.of(refRoot).chars);
    }

    private static List<Integer> fields(TextStats.Counts c) {
        return List.of(c.chars, c.linkChars, c.commas, c.stops, c.paragraphs, c.longParagraphs, c.elements, c.images,
                c.lists, c.items, c.headings, c.inputs);
    }

    @Test
    void depthVerdictMatchesANodeWalk() {
        List<String> shapes = new ArrayList<>();
        for (int n = 10; n <= 22; n++) {
            shapes.add("<div>".repeat(n));
            shapes.add("<div>".repeat(n) + "text");
            shapes.add("<div>".repeat(n) + "<br>");
            shapes.add("<div>".repeat(n) + "<!-- c -->");
            shapes.add("<p>x</p>" + "<span>".repeat(n) + "</span>".repeat(n) + "<p>y</p>");
        }
        int refused = 0;
        for (String shape : shapes) {
            for (int limit : new int[] {16, 18, 20}) {
                Document doc = Jsoup.parse("<html><head><title>t</title></head><body>" + shape + "</body></html>");
                boolean deep = ReferencePasses.tooDeep(doc, limit);
                if (deep) {
                    refused++;
                    assertThatThrownBy(() -> PageScan.run(doc, doc.body(), limit, true, true, 10,
                            new Metadata.Collector()))
                            .as(shape + " limit " + limit).isInstanceOf(HtmlTooDeepException.class);
                } else {
                    PageScan.run(doc, doc.body(), limit, true, true, 10, new Metadata.Collector());
                }
            }
        }
        assertThat(refused).isBetween(20, shapes.size() * 3 - 20);
    }

    @Test
    void authorElementServesOnlyWhenTheMetaTagsGiveNoByline() {
        String body = "<body><p class='story-author'>Not a token</p><p class='Byline story'>By Jane Roe</p><p rel=author>Rel Person</p><p>" + PROSE
                + "</p></body>";
        HtmlExtractor x = HtmlExtractor.defaults();
        assertThat(x.extract("<head></head>" + body, "").byline()).isEqualTo("By Jane Roe");
        assertThat(x.extract("<head><meta name=author content='https://example.com/jane'></head>" + body, "")
                .byline()).isEqualTo("By Jane Roe");
        assertThat(x.extract("<head><meta name=Author content=' John Doe '></head>" + body, "").byline())
                .isEqualTo("John Doe");
        // a meta tag in the body comes after the author element, and still wins
        assertThat(x.extract("<head></head><body><span class=byline>Jane</span><meta name=author content=Max><p>"
                + PROSE + "</p></body>", "").byline()).isEqualTo("Max");
        assertThat(x.extract("<head></head><body><span class=AUTHOR>Jane</span><p>" + PROSE + "</p></body>", "")
                .byline()).isEqualTo("Jane");
    }
}
