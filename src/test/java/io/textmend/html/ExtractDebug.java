package io.textmend.html;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Prints the extractor's intermediate decisions for one benchmark page: a development aid. */
final class ExtractDebug {

    private ExtractDebug() {
    }

    public static void main(String[] args) {
        BenchmarkPages.Page page = BenchmarkPages.load().stream().filter(p -> p.id().startsWith(args[0]))
                .findFirst().orElseThrow();
        Document doc = Jsoup.parse(new String(page.html(), StandardCharsets.UTF_8));
        Vocabulary.Memo vocab = Vocabulary.defaults().memo();
        Element body = doc.body();
        ReferencePasses.removeNeverContent(body, true);
        TextStats stats = TextStats.measure(body);
        System.out.println("body chars " + stats.of(body).chars);
        for (Element e : body.getAllElements()) {
            TextStats.Counts c = stats.of(e);
            if (c.chars > 300 && e != body && Cleanup.isHidden(e)) {
                System.out.println("hidden " + describe(e, stats));
            }
        }
        ReferencePasses.removeBoilerplate(body, stats, vocab);
        TextStats after = TextStats.measure(body);
        System.out.println("after removal " + after.of(body).chars);
        List<BlockRenderer.Rendered> all = BlockRenderer.render(List.of(body));
        ContentScorer.Scores scores = ContentScorer.score(all, after, vocab, body, Evidence.NONE);
        scores.byElement.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
                .limit(8).forEach(e -> System.out.printf("cand %.1f %s%n", e.getValue()[0], describe(e.getKey(), after)));
        Element top = ContentScorer.top(scores, after, body);
        System.out.println("top " + (top == null ? null : describe(top, after)));
        if (top != null) {
            for (Element p : ContentScorer.withSiblings(top, scores, after, vocab)) {
                System.out.println("part " + describe(p, after));
                for (Element e : p.getAllElements()) {
                    if (e != p && after.of(e).chars > 150 && Pruner.isBoilerplate(e, after, scores, vocab)
                            && java.util.Set.of("div", "section", "ul", "ol", "table", "form", "fieldset", "aside",
                                    "figure", "dl", "span").contains(e.normalName())) {
                        System.out.println("  pruned " + describe(e, after));
                    }
                }
            }
        }
    }

    static String describe(Element e, TextStats stats) {
        TextStats.Counts c = stats.of(e);
        return "<" + e.normalName() + " " + Vocabulary.label(e) + "> chars " + c.chars + " ld "
                + String.format(java.util.Locale.ROOT, "%.2f", c.linkDensity()) + " p " + c.paragraphs;
    }
}
