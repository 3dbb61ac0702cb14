package io.textmend.boilerplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A page as scrapers save it as text: every visible text of the body, scripts and styles left out,
 * each block element its own paragraph (test helper; main code never imports jsoup).
 */
public final class WholePageText {

    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "head", "svg",
            "iframe", "object", "embed", "canvas");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "blockquote", "pre", "table", "tr", "td", "th", "section", "article", "header", "footer", "aside", "main",
            "nav", "figure", "figcaption", "dl", "dt", "dd", "address", "hr", "br", "form", "fieldset", "legend",
            "option", "button", "label", "caption", "center", "details", "summary", "menu", "body");

    private WholePageText() {
    }

    public static String of(String html) {
        Document doc = Jsoup.parse(html);
        List<String> paras = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        walk(doc.body() == null ? doc : doc.body(), paras, cur);
        flush(paras, cur);
        return String.join("\n\n", paras) + "\n";
    }

    private static void walk(Node node, List<String> paras, StringBuilder cur) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                cur.append(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (INVISIBLE.contains(tag) || e.hasAttr("hidden")
                        || e.attr("style").replace(" ", "").contains("display:none")) {
                    continue;
                }
                boolean block = BLOCKS.contains(tag);
                if (block) {
                    flush(paras, cur);
                }
                walk(e, paras, cur);
                if (block) {
                    flush(paras, cur);
                } else {
                    cur.append(' ');
                }
            }
        }
    }

    private static void flush(List<String> paras, StringBuilder cur) {
        String t = TextDocument.collapse(cur.toString().replace('\u00a0', ' '));
        if (!t.isEmpty()) {
            paras.add(t);
        }
        cur.setLength(0);
    }
}
