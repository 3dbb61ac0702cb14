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
        Collector c = new Collector();
        for (Element e : doc.getAllElements()) {
            c.visit(e);
        }
        return c.finish(ld);
    }

    /**
     * Gathers the fields from the elements of a page, visited in document order ({@link #visit}),
     * so that one walk over the page can serve several passes. Local to one call.
     */
    static final class Collector {
        private final Map<String, String> meta = new HashMap<>();
        private String canonical = "";
        private String time = "";
        private String author = "";
        private String lang = "";
        private String title = "";
        /** A {@code <meta name=author>} that is not a URL was seen: it is the byline, whatever else comes. */
        private boolean bylineSettled;

        void visit(Element e) {
            switch (e.normalName()) {
                case "meta" -> {
                    String key = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name")
                            : e.attr("itemprop");
                    String content = e.attr("content").strip();
                    if (!key.isEmpty() && !content.isEmpty()) {
                        String k = key.toLowerCase(Locale.ROOT);
                        meta.putIfAbsent(k, content);
                        if (k.equals("author")) {
                            bylineSettled = !meta.get(k).startsWith("http");
                        }
                    }
                }
                case "link" -> {
                    if (canonical.isEmpty() && e.attr("rel").equalsIgnoreCase("canonical")) {
                        canonical = e.attr("href");
                    }
                }
                case "time" -> {
                    if (time.isEmpty()) {
                        time = e.attr("datetime");
                    }
                }
                case "html" -> {
                    if (lang.isEmpty()) {
                        lang = e.attr("lang");
                    }
                }
                case "title" -> {
                    if (title.isEmpty()) {
                        title = e.text();
                    }
                }
                default -> {
                    // an author element only serves when the meta tags give no byline
                    if (author.isEmpty() && !bylineSettled && e.attributesSize() > 0 && isAuthor(e)) {
                        String text = e.text();
                        author = text.length() <= 120 ? text : "";
                    }
                }
            }
        }

        Metadata finish(JsonLd ld) {
            String headline = firstNonEmpty(meta.get("og:title"), ld.headline(), meta.get("twitter:title"), title);
            String byline = firstNonEmpty(meta.get("author"), ld.author(), meta.get("article:author"),
                    meta.get("dc.creator"), meta.get("byl"), meta.get("sailthru.author"));
            if (byline.isEmpty() || byline.startsWith("http")) {
                byline = author.isEmpty() ? byline : author;
            }
            String date = firstNonEmpty(meta.get("article:published_time"), ld.datePublished(),
                    meta.get("datepublished"), meta.get("date"), meta.get("dc.date"), meta.get("pubdate"),
                    meta.get("og:published_time"), time);
            String language = firstNonEmpty(lang, ld.language(), meta.get("og:locale"), meta.get("content-language"),
                    meta.get("dc.language"), meta.get("language"));
            String url = firstNonEmpty(canonical, meta.get("og:url"));
            return new Metadata(clean(headline), clean(byline), clean(date), clean(language), clean(url), ld);
        }
    }

    private static boolean isAuthor(Element e) {
        if (e.attr("rel").equals("author") || e.attr("itemprop").equals("author")) {
            return true;
        }
        // a class token equal to a word (ignoring case) contains it (ignoring case): a cheap test first
        String cls = e.attributes().getIgnoreCase("class");
        return containsIgnoreCase(cls, "byline") && e.hasClass("byline")
                || containsIgnoreCase(cls, "author") && e.hasClass("author");
    }

    /** {@code s.regionMatches(true, i, word, ...)} at some i; {@code word} is lower-case ASCII. */
    private static boolean containsIgnoreCase(String s, String word) {
        char lower = word.charAt(0);
        char upper = Character.toUpperCase(lower);
        for (int i = 0, last = s.length() - word.length(); i <= last; i++) {
            char c = s.charAt(i);
            // an ASCII char matches an ASCII letter ignoring case only as itself or its other case
            if ((c == lower || c == upper || c >= 128) && s.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String clean(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
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
