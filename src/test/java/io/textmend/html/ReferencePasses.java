package io.textmend.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The extractor's first passes written the plain way, one jsoup walk each (as they were before
 * {@link PageScan} merged them): the reference its single walk is tested against, and a
 * development aid ({@link ExtractDebug}).
 */
final class ReferencePasses {

    private ReferencePasses() {
    }

    /** True when some node sits deeper than {@code limit} (the document is depth 0). */
    static boolean tooDeep(Document doc, int limit) {
        boolean[] deep = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > limit) {
                    deep[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, doc);
        return deep[0];
    }

    /** Removes never-content tags, and when {@code article} also navigation, labels and captions. */
    static void removeNeverContent(Element body, boolean article) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (Cleanup.NEVER_CONTENT.contains(tag) || article && Cleanup.NEVER_ARTICLE.contains(tag)) {
                doomed.add(e);
            }
        }
        Cleanup.removeAll(doomed);
    }

    /**
     * Removes, top-down, hidden elements, chrome and boilerplate-named elements that do not hold
     * the article, and takes their text out of {@code stats}; false when the budget for that ran
     * out (re-measure).
     */
    static boolean removeBoilerplate(Element body, TextStats stats, Vocabulary.Memo vocab) {
        TextStats.Counts page = new TextStats.Counts();
        page.add(stats.of(body));
        List<Element> doomed = new ArrayList<>();
        List<Element> stack = new ArrayList<>(body.children());
        Collections.reverse(stack);
        while (!stack.isEmpty()) {
            Element e = stack.remove(stack.size() - 1);
            if (Cleanup.isBoilerplate(e, vocab) && !Cleanup.holdsArticle(stats.of(e), page)) {
                doomed.add(e);
                continue;
            }
            List<Element> kids = e.children();
            for (int k = kids.size() - 1; k >= 0; k--) {
                stack.add(kids.get(k));
            }
        }
        boolean exact = stats.subtract(doomed, 4L * page.elements + 1000);
        Cleanup.removeAll(doomed);
        return exact;
    }

    /** Adds a text's weighted length and punctuation to {@code c}, char by char. */
    static void measureText(String s, TextStats.Counts c, boolean link) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch <= ' ' || ch == '\u00A0') {
                continue;
            }
            n += TextStats.weight(ch);
            switch (ch) {
                case ',', '，', '、', '،', '；', ';' -> c.commas++;
                case '.', '!', '?', '。', '！', '？', '؟', '।' -> c.stops++;
                default -> { }
            }
        }
        c.chars += n;
        if (link) {
            c.linkChars += n;
        }
    }

    /** Prestrip's cut as it was, with a StringBuilder: the markup kept, and the JSON-LD blocks. */
    static Map.Entry<String, List<String>> prestrip(String html) {
        StringBuilder out = null;
        List<String> jsonLd = new ArrayList<>(2);
        int copied = 0;
        int i = html.indexOf('<');
        while (i >= 0 && i < html.length() - 1) {
            int cutEnd = -1;
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                cutEnd = end < 0 ? html.length() : end + 3;
            } else {
                String name = cutName(html, i + 1);
                if (name != null) {
                    int openEnd = html.indexOf('>', i);
                    if (openEnd < 0) {
                        break;
                    }
                    int close = indexOfIgnoreCase(html, "</" + name, openEnd + 1);
                    if (close < 0) {
                        // an element that never closes: scripts and styles swallow the rest, as in a browser
                        cutEnd = name.equals("script") || name.equals("style") ? html.length() : -1;
                    } else {
                        int closeEnd = html.indexOf('>', close);
                        cutEnd = closeEnd < 0 ? html.length() : closeEnd + 1;
                        if (name.equals("script") && isJsonLd(html, i, openEnd)) {
                            jsonLd.add(html.substring(openEnd + 1, close));
                        }
                    }
                }
            }
            if (cutEnd > i) {
                if (out == null) {
                    out = new StringBuilder(html.length() / 2);
                }
                out.append(html, copied, i).append(' ');
                copied = cutEnd;
                i = html.indexOf('<', cutEnd);
            } else {
                i = html.indexOf('<', i + 1);
            }
        }
        if (out == null) {
            return Map.entry(html, jsonLd);
        }
        out.append(html, copied, html.length());
        return Map.entry(out.toString(), jsonLd);
    }

    /** The cut element's name when one starts at {@code at} (just after '<'), else null. */
    private static String cutName(String html, int at) {
        char first = (char) (html.charAt(at) | 0x20);
        if (first != 's' && first != 'n' && first != 't') {
            return null;
        }
        for (String name : new String[] {"script", "style", "noscript", "svg", "template"}) {
            int end = at + name.length();
            if (end < html.length() && html.regionMatches(true, at, name, 0, name.length())) {
                char c = html.charAt(end);
                if (c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                    return name;
                }
            }
        }
        return null;
    }

    private static boolean isJsonLd(String html, int start, int end) {
        return indexOfIgnoreCase(html.substring(start, end), "ld+json", 0) >= 0;
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        char first = needle.charAt(0);
        int i = s.indexOf(first, from);
        while (i >= 0) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
            i = s.indexOf(first, i + 1);
        }
        return -1;
    }
}
