package io.textmend.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What is never article text in a page body: tags that never hold content, then elements that are
 * hidden, forms, page chrome or named like boilerplate ({@link Vocabulary.Kind#DROP}), unless they
 * hold most of the page's text. {@link PageScan} finds them; this class decides and removes. Stateless.
 */
final class Cleanup {

    static final Set<String> NEVER_CONTENT = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "button", "input", "select", "textarea", "option", "object", "embed", "canvas", "dialog",
            "audio", "video", "map", "link", "meta", "frameset", "frame", "applet", "datalist", "output",
            "progress", "meter", "math-field");

    /** Visible, but never part of an article: removed unless the whole page is wanted. */
    static final Set<String> NEVER_ARTICLE = Set.of("nav", "label", "figcaption");

    /** Tags removed when they do not hold the bulk of the page's text. */
    private static final Set<String> CHROME = Set.of("form", "aside", "footer", "header", "menu", "figure");

    private Cleanup() {
    }

    /**
     * Removes elements, grouped by parent: a parent losing many children rebuilds its child list
     * once, so removing n siblings costs O(n), not O(n²).
     */
    static void removeAll(List<Element> doomed) {
        java.util.Map<Element, List<Element>> byParent = new java.util.IdentityHashMap<>();
        for (Element e : doomed) {
            Element parent = e.parent();
            if (parent != null) {
                byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(e);
            }
        }
        for (java.util.Map.Entry<Element, List<Element>> g : byParent.entrySet()) {
            List<Element> gone = g.getValue();
            if (gone.size() < 8) {
                gone.forEach(Element::remove);
                continue;
            }
            java.util.Set<org.jsoup.nodes.Node> drop = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            drop.addAll(gone);
            List<org.jsoup.nodes.Node> keep = new ArrayList<>();
            for (org.jsoup.nodes.Node n : g.getKey().childNodes()) {
                if (!drop.contains(n)) {
                    keep.add(n);
                }
            }
            g.getKey().empty();
            g.getKey().appendChildren(keep);
        }
    }

    /** True when an element is hidden, chrome or named like boilerplate (its text is not considered). */
    static boolean isBoilerplate(Element e, Vocabulary.Memo vocab) {
        String tag = e.normalName();
        if (isHidden(e) || CHROME.contains(tag)) {
            return true;
        }
        if (tag.equals("article") || tag.equals("main") || e.attr("itemprop").contains("articleBody")) {
            return false;
        }
        int mask = vocab.mask(e);
        return (mask & 1 << Vocabulary.Kind.DROP.ordinal()) != 0 && (mask & 1 << Vocabulary.Kind.KEEP.ordinal()) == 0
                || isRole(e);
    }

    private static boolean isRole(Element e) {
        String role = e.attr("role");
        return !role.isEmpty() && switch (role.toLowerCase(Locale.ROOT)) {
            case "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu",
                    "menubar", "search", "toolbar", "tablist" -> true;
            default -> false;
        };
    }

    /** True when an element holds so much of the page's prose that removing it would lose the article. */
    static boolean holdsArticle(TextStats.Counts c, TextStats.Counts page) {
        int own = c.chars - c.linkChars;
        if (own < 150) {
            return false;
        }
        return own >= 0.5 * (page.chars - page.linkChars)
                || c.longParagraphs >= 3 && c.longParagraphs >= 0.5 * page.longParagraphs;
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
