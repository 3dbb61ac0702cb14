package io.textmend.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * {@link BlockRenderer} and {@link TextStats#measure(String, TextStats.Counts, boolean)}, whose
 * loops have fast paths for plain ASCII, against the plain char-by-char versions
 * ({@link ReferenceRenderer}, {@link ReferencePasses#measureText}) on the benchmark pages and on
 * random markup full of the cases the fast paths must leave alone: runs of spaces, tabs, newlines
 * in and out of {@code pre}, no-break and em spaces, invisible chars, CJK, surrogate pairs and lone
 * halves, links and table cells.
 */
class HtmlRenderEquivalenceTest {

    private static final String[] TEXT = {"word", "two words", "  ", " ", "\n", "\t", "\r\n", "\u00A0", "a,b",
        "x. y! z?", "\u201Cquoted\u201D", "\u4E2D\u6587\u5B57", "\uD55C\uAD6D", "\u00AD", "\u200B", "\uFEFF",
        "\uD83D\uDE00", "&#xD800;", "&#xDC00;x", "end ", " start", "a  b", "x\u2003y", "a \u00A0b", "semi;colon",
        "\u0661\u0662\u060C", "caf\u00E9 au lait", "tab\there", "\u007F", "&nbsp;", "&amp; more", "e.g.", "\u3002"};
    private static final String[] TAGS = {"p", "div", "span", "a", "b", "pre", "td", "tr", "table", "li", "ul",
        "h2", "blockquote", "section", "em"};

    private static String randomHtml(Random rnd, int budget) {
        StringBuilder sb = new StringBuilder("<html><body>");
        int depth = 0;
        String[] open = new String[64];
        for (int k = 0; k < budget; k++) {
            int r = rnd.nextInt(10);
            if (r < 4) {
                sb.append(TEXT[rnd.nextInt(TEXT.length)]);
            } else if (r < 6 && depth < open.length) {
                String tag = TAGS[rnd.nextInt(TAGS.length)];
                open[depth++] = tag;
                sb.append('<').append(tag).append(tag.equals("a") ? " href=#>" : ">");
            } else if (r < 7) {
                sb.append("<br>");
            } else if (depth > 0) {
                sb.append("</").append(open[--depth]).append('>');
            } else {
                sb.append(TEXT[rnd.nextInt(TEXT.length)]);
            }
        }
        return sb.append("</body></html>").toString();
    }

    @Test
    void rendersAsTheReferenceOnRandomMarkup() {
        Random rnd = new Random(2026);
        int blocks = 0;
        for (int n = 0; n < 3000; n++) {
            String html = randomHtml(rnd, 5 + rnd.nextInt(60));
            Element body = Jsoup.parse(html).body();
            List<BlockRenderer.Rendered> expected = ReferenceRenderer.render(List.of(body));
            assertThat(BlockRenderer.render(List.of(body))).as(html).isEqualTo(expected);
            // several roots, and a root inside a link or pre
            List<Element> parts = body.children();
            assertThat(BlockRenderer.render(parts)).as(html).isEqualTo(ReferenceRenderer.render(parts));
            blocks += expected.size();
        }
        assertThat(blocks).isGreaterThan(10_000);
    }

    @Test
    void rendersAsTheReferenceOnTheBenchmarkPages() {
        for (BenchmarkPages.Page p : BenchmarkPages.load()) {
            Element body = Jsoup.parse(Prestrip.strip(new String(p.html(), StandardCharsets.UTF_8)).html()).body();
            assertThat(BlockRenderer.render(List.of(body))).as(p.id())
                    .isEqualTo(ReferenceRenderer.render(List.of(body)));
        }
    }

    @Test
    void measuresTextAsTheReference() {
        Random rnd = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(8); k >= 0; k--) {
                sb.append(TEXT[rnd.nextInt(TEXT.length)]);
            }
            String s = sb.toString();
            boolean link = rnd.nextBoolean();
            TextStats.Counts a = new TextStats.Counts();
            TextStats.Counts b = new TextStats.Counts();
            TextStats.measure(s, a, link);
            ReferencePasses.measureText(s, b, link);
            assertThat(List.of(a.chars, a.linkChars, a.commas, a.stops)).as(s)
                    .isEqualTo(List.of(b.chars, b.linkChars, b.commas, b.stops));
        }
    }
}
