package io.textmend.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, byline, date, language and canonical URL of a page, from its {@code <meta>} tags
 * ({@code og:}, {@code article:}, Dublin Core, name=author...), JSON-LD, {@code <link rel=canonical>},
 * {@code <html lang>} and, failing those, the markup. Immutable.
 */
record Metadata(String title, String byline, String date, String language, String canonical, JsonLd jsonLd) {

    static Metadata of(Document doc, JsonLd ld) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name")
                    : m.attr("itemprop");
            String content = m.attr("content").strip();
            if (!key.isEmpty() && !content.isEmpty()) {
                meta.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
            }
        }
        String title = firstNonEmpty(meta.get("og:title"), ld.headline(), meta.get("twitter:title"), doc.title());
        String byline = firstNonEmpty(meta.get("author"), ld.author(), meta.get("article:author"),
                meta.get("dc.creator"), meta.get("byl"), meta.get("sailthru.author"));
        if (byline.isEmpty() || byline.startsWith("http")) {
            Element by = doc.selectFirst("[rel=author], [itemprop=author], .byline, .author");
            String text = by == null ? "" : by.text();
            byline = text.length() <= 120 ? text : byline;
        }
        String date = firstNonEmpty(meta.get("article:published_time"), ld.datePublished(),
                meta.get("datepublished"), meta.get("date"), meta.get("dc.date"), meta.get("pubdate"),
                meta.get("og:published_time"));
        if (date.isEmpty()) {
            Element time = doc.selectFirst("time[datetime]");
            date = time == null ? "" : time.attr("datetime");
        }
        Element html = doc.selectFirst("html");
        String lang = firstNonEmpty(html == null ? "" : html.attr("lang"), ld.language(), meta.get("og:locale"),
                meta.get("content-language"), meta.get("dc.language"), meta.get("language"));
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = firstNonEmpty(canonical == null ? "" : canonical.attr("href"), meta.get("og:url"));
        return new Metadata(clean(title), clean(byline), clean(date), clean(lang), clean(url), ld);
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip();
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
