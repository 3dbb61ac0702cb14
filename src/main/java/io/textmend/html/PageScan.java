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
 * The first walk over a parsed page, doing in one iterative pass what would otherwise be four: the
 * depth check, the {@link Metadata} fields, the never-content elements to cut ({@link Cleanup}) and
 * the text statistics of the body without them ({@link TextStats}). It also lists the measured
 * elements in document order with the extent of their subtrees, so that the boilerplate choice
 * ({@link #boilerplate}) is a loop over an array rather than another walk. Nothing is changed
 * during the walk. Local to one call.
 */
final class PageScan {

    /** Never-content elements of the body, outermost ones only (their subtrees go with them). */
    final List<Element> neverContent = new ArrayList<>();
    /** Statistics of the body with the never-content elements left out; null unless measured. */
    final TextStats stats;
    private final Element body;
    /** The measured elements in document order (the body first), their counts, and per element
     *  the position just past its subtree. */
    private Element[] measured;
    private TextStats.Counts[] counts;
    private int[] subtreeEnd;
    private int size;

    private PageScan(Element body, TextStats stats, int capacity) {
        this.body = body;
        this.stats = stats;
        this.measured = new Element[capacity];
        this.counts = new TextStats.Counts[capacity];
        this.subtreeEnd = new int[capacity];
    }

    /**
     * Walks {@code doc}.
     *
     * @param article   also cut navigation, labels and captions
     * @param measure   measure the body's text statistics
     * @param sizeHint  a rough element count, to size the tables
     * @throws HtmlTooDeepException when a node sits deeper than {@code maxDepth}
     */
    static PageScan run(Document doc, Element body, int maxDepth, boolean article, boolean measure, int sizeHint,
            Metadata.Collector meta) {
        int capacity = Math.max(32, sizeHint);
        Map<Element, TextStats.Counts> map = measure ? new IdentityHashMap<>(capacity) : null;
        PageScan scan = new PageScan(body, measure ? new TextStats(map) : null, measure ? capacity : 0);
        Element[] open = new Element[64];
        int[] nextChild = new int[64];
        int[] position = new int[64]; // of the open element in the measured list, or -1
        int sp = 0;
        int bodyAt = -1;
        int doomedAt = -1;
        int inLink = 0;
        Element e = doc;
        while (true) {
            // enter e, at depth sp (the document is depth 0)
            if (sp == open.length) {
                open = Arrays.copyOf(open, sp * 2);
                nextChild = Arrays.copyOf(nextChild, sp * 2);
                position = Arrays.copyOf(position, sp * 2);
            }
            if (e.childNodeSize() > 0 && sp + 1 > maxDepth) {
                throw new HtmlTooDeepException(maxDepth);
            }
            meta.visit(e);
            open[sp] = e;
            nextChild[sp] = 0;
            position[sp] = -1;
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
                    doomedAt = sp; // its subtree is cut: not measured
                } else if (measure) {
                    TextStats.Counts c = new TextStats.Counts();
                    map.put(e, c);
                    position[sp] = scan.add(e, c);
                    if (tag.equals("a")) {
                        inLink++;
                    }
                }
            }
            // descend to the next child element, measuring text on the way; climb when done
            Element child = null;
            while (child == null) {
                Element top = open[sp];
                int n = top.childNodeSize();
                int at = position[sp];
                TextStats.Counts c = at >= 0 ? scan.counts[at] : null;
                while (nextChild[sp] < n) {
                    Node node = top.childNode(nextChild[sp]++);
                    if (node instanceof Element el) {
                        child = el;
                        break;
                    }
                    if (c != null && node instanceof TextNode t) {
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
                    if (sp > 0 && position[sp - 1] >= 0) {
                        scan.counts[position[sp - 1]].add(c);
                    }
                    scan.subtreeEnd[at] = scan.size;
                }
                if (doomedAt == sp) {
                    doomedAt = -1;
                }
                if (bodyAt == sp) {
                    bodyAt = -1;
                }
                open[sp] = null;
                if (sp == 0) {
                    return scan;
                }
                sp--;
            }
            sp++;
            e = child;
        }
    }

    private int add(Element e, TextStats.Counts c) {
        if (size == measured.length) {
            int n = size * 2;
            measured = Arrays.copyOf(measured, n);
            counts = Arrays.copyOf(counts, n);
            subtreeEnd = Arrays.copyOf(subtreeEnd, n);
        }
        measured[size] = e;
        counts[size] = c;
        return size++;
    }

    /**
     * The elements to remove as boilerplate, top-down: those below the body that are hidden, chrome
     * or named like boilerplate ({@link Cleanup#isBoilerplate}) and do not hold the article
     * ({@link Cleanup#holdsArticle}); the subtree of each is not looked at further.
     */
    List<Element> boilerplate(Vocabulary.Memo vocab) {
        TextStats.Counts page = new TextStats.Counts();
        page.add(stats.of(body));
        List<Element> doomed = new ArrayList<>();
        int i = 0;
        while (i < size) {
            Element e = measured[i];
            if (e != body && Cleanup.isBoilerplate(e, vocab) && !Cleanup.holdsArticle(counts[i], page)) {
                doomed.add(e);
                i = subtreeEnd[i];
            } else {
                i++;
            }
        }
        return doomed;
    }
}
