package io.textmend.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Title, byline, date, language and canonical URL from a page's head and markup. */
record Metadata(String title, String byline, String date, String language, String canonical) {

    static Metadata of(Document doc) {
        String title = firstNonEmpty(meta(doc, "og:title"), doc.title());
        String byline = firstNonEmpty(meta(doc, "author"), meta(doc, "article:author"),
                text(doc.selectFirst("[rel=author], .byline, [itemprop=author]")));
        String date = firstNonEmpty(meta(doc, "article:published_time"), meta(doc, "date"),
                attr(doc.selectFirst("time[datetime]"), "datetime"));
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        String canonical = attr(doc.selectFirst("link[rel=canonical]"), "href");
        return new Metadata(title.strip(), byline.strip(), date.strip(), lang.strip(),
                firstNonEmpty(canonical, meta(doc, "og:url")).strip());
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? "" : e.attr("content");
    }

    private static String text(Element e) {
        return e == null ? "" : e.text();
    }

    private static String attr(Element e, String a) {
        return e == null ? "" : e.attr(a);
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
