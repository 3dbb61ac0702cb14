package io.textmend.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The first walk over a parsed page, doing in one iterative pass what would otherwise be five: the
 * depth check, the {@link Metadata} fields, the never-content elements to cut ({@link Cleanup}), the
 * text statistics of the body without them ({@link TextStats}), and the elements that look like
 * boilerplate ({@link Cleanup#isBoilerplate}), whose fate is decided once the statistics are
 * complete ({@link #boilerplate()}). Nothing is changed during the walk. Local to one call.
 */
final class PageScan {

    /** Never-content elements of the body, outermost ones only (their subtrees go with them). */
    final List<Element> neverContent = new ArrayList<>();
    /** Statistics of the body with the never-content elements left out; null unless measured. */
    final TextStats stats;
    /** Elements of the body that look like boilerplate, in document order. */
    private final List<Element> candidates = new ArrayList<>();
    /** Per candidate: its number in document order among the measured elements, and the number after its subtree. */
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private final Element body;

    private PageScan(Element body, TextStats stats) {
        this.body = body;
        this.stats = stats;
    }

    /**
     * Walks {@code doc}.
     *
     * @param article   also cut navigation, labels and captions, and find boilerplate candidates
     * @param measure   measure the body's text statistics
     * @param sizeHint  a rough element count, to size the statistics table
     * @throws HtmlTooDeepException when a node sits deeper than {@code maxDepth}
     */
    static PageScan run(Document doc, Element body, int maxDepth, boolean article, boolean measure, int sizeHint,
            Metadata.Collector meta, Vocabulary.Memo vocab) {
        Map<Element, TextStats.Counts> map = measure ? new IdentityHashMap<>(Math.max(32, sizeHint)) : null;
        PageScan scan = new PageScan(body, measure ? new TextStats(map) : null);
        Element[] elements = new Element[64];
        int[] nextChild = new int[64];
        TextStats.Counts[] counts = new TextStats.Counts[64];
        int[] candidate = new int[64];
        int sp = 0;
        int bodyAt = -1;
        int doomedAt = -1;
        int inLink = 0;
        int order = 0;
        Element e = doc;
        while (true) {
            // enter e, at depth sp (the document is depth 0)
            if (sp == elements.length) {
                int n = sp * 2;
                elements = Arrays.copyOf(elements, n);
                nextChild = Arrays.copyOf(nextChild, n);
                counts = Arrays.copyOf(counts, n);
                candidate = Arrays.copyOf(candidate, n);
            }
            if (e.childNodeSize() > 0 && sp + 1 > maxDepth) {
                throw new HtmlTooDeepException(maxDepth);
            }
            meta.visit(e);
            elements[sp] = e;
            nextChild[sp] = 0;
            counts[sp] = null;
            candidate[sp] = -1;
            if (e == body) {
                bodyAt = sp;
            }
            if (bodyAt >= 0 && doomedAt < 0) {
                String tag = e.normalName();
                boolean never = Cleanup.NEVER_CONTENT.contains(tag) || article && Cleanup.NEVER_ARTICLE.contains(tag);
                if (never) {
                    scan.neverContent.add(e);
                }
                if (never && e != body) {
                    doomedAt = sp; // its subtree is cut: not measured, no candidates in it
                } else if (measure) {
                    TextStats.Counts c = new TextStats.Counts();
                    map.put(e, c);
                    counts[sp] = c;
                    if (tag.equals("a")) {
                        inLink++;
                    }
                    if (article && e != body && Cleanup.isBoilerplate(e, vocab)) {
                        candidate[sp] = scan.addCandidate(e, order);
                    }
                    order++;
                }
            }
            // descend to the next child element, measuring text on the way; climb when done
            Element child = null;
            while (child == null) {
                Element top = elements[sp];
                int size = top.childNodeSize();
                TextStats.Counts c = counts[sp];
                while (nextChild[sp] < size) {
                    Node n = top.childNode(nextChild[sp]++);
                    if (n instanceof Element el) {
                        child = el;
                        break;
                    }
                    if (c != null && n instanceof TextNode t) {
                        TextStats.measure(t.getWholeText(), c, inLink > 0);
                    }
                }
                if (child != null) {
                    break;
                }
                // leave top
                if (c != null) {
                    if (TextStats.close(top, c)) {
                        inLink--;
                    }
                    if (sp > 0 && counts[sp - 1] != null) {
                        counts[sp - 1].add(c);
                    }
                }
                if (candidate[sp] >= 0) {
                    scan.ends[candidate[sp]] = order;
                }
                if (doomedAt == sp) {
                    doomedAt = -1;
                }
                if (bodyAt == sp) {
                    bodyAt = -1;
                }
                elements[sp] = null;
                if (sp == 0) {
                    return scan;
                }
                sp--;
            }
            sp++;
            e = child;
        }
    }

    private int addCandidate(Element e, int order) {
        int i = candidates.size();
        if (i == starts.length) {
            starts = Arrays.copyOf(starts, i * 2);
            ends = Arrays.copyOf(ends, i * 2);
        }
        candidates.add(e);
        starts[i] = order;
        return i;
    }

    /**
     * The boilerplate-looking elements to remove: those that do not hold the article
     * ({@link Cleanup#holdsArticle}) and are not inside one already removed. The same choice as a
     * top-down walk that skips what it removes.
     */
    List<Element> boilerplate() {
        TextStats.Counts page = new TextStats.Counts();
        page.add(stats.of(body));
        List<Element> doomed = new ArrayList<>();
        int skipUntil = -1;
        for (int i = 0; i < candidates.size(); i++) {
            if (starts[i] < skipUntil) {
                continue;
            }
            Element e = candidates.get(i);
            if (!Cleanup.holdsArticle(stats.of(e), page)) {
                doomed.add(e);
                skipUntil = ends[i];
            }
        }
        return doomed;
    }
}
