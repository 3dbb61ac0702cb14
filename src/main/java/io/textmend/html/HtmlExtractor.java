package io.textmend.html;

import io.textmend.boilerplate.Block;
import io.textmend.encoding.DecodedText;
import io.textmend.encoding.EncodingDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's main content with jsoup and renders it as plain-text blocks.
 *
 * <p>The steps: drop what is never content, measure every element's text in one pass, drop hidden
 * elements, chrome and boilerplate-named containers that do not hold the article, score containers
 * by the prose under them ({@link ContentScorer}), take the best with the siblings that belong,
 * prune link lists and galleries inside it, and render the rest as blocks. Nothing recurses, so
 * deeply nested markup cannot overflow the stack, and every pass is linear in the page.
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class HtmlExtractor {

    private final ExtractOptions options;
    private final Vocabulary vocab;

    public HtmlExtractor(ExtractOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.vocab = Vocabulary.defaults();
    }

    public static HtmlExtractor defaults() {
        return new HtmlExtractor(ExtractOptions.defaults());
    }

    public ExtractOptions options() {
        return options;
    }

    /**
     * Decodes page bytes with {@code detector} (BOM, then the HTTP or {@code <meta>} declaration
     * checked against the bytes, then detection) and extracts the article.
     *
     * @param contentType the HTTP {@code Content-Type} sent with the page, or {@code null}
     */
    public Extraction extract(byte[] html, String contentType, EncodingDetector detector) {
        Objects.requireNonNull(html, "html");
        DecodedText d = Objects.requireNonNull(detector, "detector").decode(html, contentType);
        return extract(d.text(), "");
    }

    /** Parses HTML text and extracts its article. */
    public Extraction extract(String html, String baseUri) {
        Objects.requireNonNull(html, "html");
        Prestrip.Result cut = Prestrip.strip(html);
        // the parser nests one level past the limit (deeper tags are flattened there), so a page
        // over the limit is recognised after parsing, in time and memory linear in the page
        org.jsoup.parser.Parser parser = org.jsoup.parser.Parser.htmlParser().setMaxDepth(options.maxDepth() + 2);
        Document doc = parser.parseInput(cut.reader(), baseUri == null ? "" : baseUri);
        // about one element per 100 chars of markup on the benchmark pages
        return extractOwned(doc, JsonLd.of(cut.jsonLd()), cut.length() / 100);
    }

    /** Refuses a document nested deeper than the options allow. */
    private void checkDepth(Document doc) {
        int limit = options.maxDepth();
        boolean[] deep = {false};
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (depth > limit) {
                    deep[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, doc);
        if (deep[0]) {
            throw new HtmlTooDeepException(limit);
        }
    }

    /**
     * Extracts the article of a parsed document; the document is not modified.
     *
     * @throws HtmlTooDeepException when the document nests deeper than the options allow
     */
    public Extraction extract(Document document) {
        checkDepth(Objects.requireNonNull(document, "document"));
        Document doc = document.clone();
        List<String> ld = new ArrayList<>();
        for (Element s : doc.select("script[type*=ld+json]")) {
            ld.add(s.data());
        }
        return extractOwned(doc, JsonLd.of(ld), 32);
    }

    /**
     * Extracts from a document this call owns (it is changed). One walk ({@link PageScan}) checks
     * the depth, gathers the metadata, finds the never-content elements and, for an article,
     * measures the body.
     */
    private Extraction extractOwned(Document doc, JsonLd ld, int sizeHint) {
        Element body = doc.body();
        boolean article = !options.wholePage();
        Vocabulary.Memo vocab = this.vocab.memo();
        Metadata.Collector collector = new Metadata.Collector();
        PageScan scan = PageScan.run(doc, body, options.maxDepth(), article, article, sizeHint, collector);
        Metadata meta = collector.finish(ld);
        Cleanup.removeAll(scan.neverContent);
        List<BlockRenderer.Rendered> rendered;
        if (!article) {
            rendered = BlockRenderer.render(List.of(body));
        } else {
            TextStats stats = scan.stats;
            List<Element> doomed = scan.boilerplate(vocab);
            boolean exact = stats.subtract(doomed, 4L * stats.of(body).elements + 1000);
            Cleanup.removeAll(doomed);
            if (!exact) {
                stats = TextStats.measure(body); // cheaper than taking very deep subtrees out of their ancestors
            }
            List<BlockRenderer.Rendered> all = BlockRenderer.render(List.of(body));
            ContentScorer.Scores scores = ContentScorer.score(all, stats, vocab, body, Evidence.of(meta.jsonLd()));
            Element top = ContentScorer.top(scores, stats, body);
            if (top == null) {
                rendered = List.of();
            } else {
                List<Element> parts = ContentScorer.withSiblings(top, scores, stats, vocab);
                Pruner.prune(parts, stats, scores, vocab);
                rendered = BlockRenderer.render(parts);
            }
        }
        List<BlockRenderer.Rendered> kept = BlockRules.withoutLead(rendered, meta.title(), meta.byline());
        return build(options.wholePage() || !BlockRules.isListing(kept) ? kept : List.of(), meta);
    }

    private static Extraction build(List<BlockRenderer.Rendered> rendered, Metadata meta) {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (BlockRenderer.Rendered r : rendered) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(r.text());
            blocks.add(new Block(blocks.size(), r.text(), start, text.length(), r.tag(), r.linkDensity()));
        }
        if (text.length() > 0) {
            text.append('\n');
        }
        return new Extraction(text.toString(), blocks, meta.title(), meta.byline(), meta.date(), meta.language(),
                meta.canonical());
    }

    /** Plain text of every visible block of the page, one block per paragraph (no extraction). */
    public static String visibleText(String html) {
        return new HtmlExtractor(ExtractOptions.defaults().withWholePage(true)).extract(html, "").text();
    }
}
