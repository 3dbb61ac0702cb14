package io.textmend.html;

import io.textmend.boilerplate.Block;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds a page's main content with jsoup and renders it as plain-text blocks.
 * Immutable and thread-safe.
 */
public final class HtmlExtractor {

    private static final Set<String> NEVER_CONTENT = Set.of("script", "style", "noscript", "template", "iframe",
            "svg", "form", "button", "input", "select", "textarea", "nav", "head", "object", "embed", "canvas",
            "dialog", "menu");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "section", "article", "header", "footer",
            "aside", "main", "figure", "figcaption", "dl", "dt", "dd", "address", "hr", "br", "center");

    private final ExtractOptions options;

    public HtmlExtractor(ExtractOptions options) {
        this.options = options;
    }

    public static HtmlExtractor defaults() {
        return new HtmlExtractor(ExtractOptions.defaults());
    }

    public ExtractOptions options() {
        return options;
    }

    /** Parses HTML text and extracts its article. */
    public Extraction extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        return extract(doc);
    }

    /** Extracts the article of a parsed document; the document is not modified. */
    public Extraction extract(Document original) {
        Document doc = original.clone();
        Metadata meta = Metadata.of(doc);
        for (Element e : doc.getAllElements()) {
            if (NEVER_CONTENT.contains(e.normalName()) || isHidden(e)) {
                e.remove();
            }
        }
        Element body = doc.body();
        Element best = options.wholePage() ? body : ContentScorer.best(body);
        List<String> blocks = new ArrayList<>();
        render(best, blocks, new StringBuilder());
        StringBuilder text = new StringBuilder();
        List<Block> out = new ArrayList<>();
        for (String b : blocks) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            out.add(Block.plain(out.size(), b, text.length(), text.length() + b.length()));
            text.append(b);
        }
        if (text.length() > 0) {
            text.append('\n');
        }
        return new Extraction(text.toString(), out, meta.title(), meta.byline(), meta.date(), meta.language(),
                meta.canonical());
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    /** Renders an element as blocks: block elements end the current line, {@code br} breaks it. */
    static void render(Node node, List<String> blocks, StringBuilder line) {
        Map<Node, Boolean> unused = new IdentityHashMap<>();
        renderInto(node, blocks, line, unused);
        flush(blocks, line);
    }

    private static void renderInto(Node node, List<String> blocks, StringBuilder line, Map<Node, Boolean> seen) {
        // iterative walk, so deeply nested markup cannot overflow the stack
        List<Object> stack = new ArrayList<>();
        stack.add(node);
        while (!stack.isEmpty()) {
            Object top = stack.remove(stack.size() - 1);
            if (top instanceof String marker) {
                if (marker.equals("END_BLOCK")) {
                    flush(blocks, line);
                }
                continue;
            }
            Node n = (Node) top;
            if (n instanceof TextNode t) {
                appendCollapsed(line, t.getWholeText());
            } else if (n instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    flush(blocks, line);
                    continue;
                }
                boolean block = BLOCK_TAGS.contains(tag);
                if (block) {
                    flush(blocks, line);
                    stack.add("END_BLOCK");
                } else if (tag.equals("td") || tag.equals("th")) {
                    appendCollapsed(line, " ");
                }
                List<Node> kids = e.childNodes();
                for (int k = kids.size() - 1; k >= 0; k--) {
                    stack.add(kids.get(k));
                }
            }
        }
    }

    private static void appendCollapsed(StringBuilder line, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = Character.isWhitespace(c) || c == '\u00A0';
            if (ws) {
                if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
                    line.append(' ');
                }
            } else {
                line.append(c);
            }
        }
    }

    private static void flush(List<String> blocks, StringBuilder line) {
        String t = line.toString().strip();
        if (!t.isEmpty()) {
            blocks.add(t);
        }
        line.setLength(0);
    }

    /** Plain text of every visible block of the page, one block per paragraph (no extraction). */
    public static String visibleText(String html) {
        return new HtmlExtractor(ExtractOptions.defaults().withWholePage(true)).extract(html, "").text();
    }

    static Elements paragraphs(Element e) {
        return e.select("p");
    }
}
