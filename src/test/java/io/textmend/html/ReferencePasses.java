package io.textmend.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
}
