package io.textmend.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element of a tree, computed in one iterative pass (no recursion, linear
 * in the tree). Lengths are weighted: a CJK character counts as three, as it carries about as much
 * as a short word. Built per call; not shared.
 */
final class TextStats {

    /** The measures of one element's subtree. */
    static final class Counts {
        int chars;
        int linkChars;
        int commas;
        int stops;
        int paragraphs;
        int longParagraphs;
        int elements;
        int images;
        int lists;
        int items;
        int headings;
        int inputs;

        void add(Counts c) {
            chars += c.chars;
            linkChars += c.linkChars;
            commas += c.commas;
            stops += c.stops;
            paragraphs += c.paragraphs;
            longParagraphs += c.longParagraphs;
            elements += c.elements;
            images += c.images;
            lists += c.lists;
            items += c.items;
            headings += c.headings;
            inputs += c.inputs;
        }

        void subtract(Counts c) {
            chars -= c.chars;
            linkChars -= c.linkChars;
            commas -= c.commas;
            stops -= c.stops;
            paragraphs -= c.paragraphs;
            longParagraphs -= c.longParagraphs;
            elements -= c.elements;
            images -= c.images;
            lists -= c.lists;
            items -= c.items;
            headings -= c.headings;
            inputs -= c.inputs;
        }

        double linkDensity() {
            return chars == 0 ? 0 : Math.min(1.0, linkChars / (double) chars);
        }
    }

    private static final Counts EMPTY = new Counts();

    private final Map<Element, Counts> counts;

    TextStats(Map<Element, Counts> counts) {
        this.counts = counts;
    }

    Counts of(Element e) {
        Counts c = counts.get(e);
        return c == null ? EMPTY : c;
    }

    /**
     * Takes disjoint subtrees about to be removed out of their ancestors' counts, walking up at
     * most {@code budget} ancestor steps in all; returns false (counts partly updated, re-measure)
     * when the budget runs out.
     */
    boolean subtract(List<Element> removed, long budget) {
        long steps = 0;
        for (Element e : removed) {
            Counts c = counts.get(e);
            if (c == null) {
                continue;
            }
            for (Element p = e.parent(); p != null; p = p.parent()) {
                if (++steps > budget) {
                    return false;
                }
                Counts pc = counts.get(p);
                if (pc != null) {
                    pc.subtract(c);
                }
            }
        }
        return true;
    }

    static TextStats measure(Element root) {
        Map<Element, Counts> map = new IdentityHashMap<>();
        List<Counts> stack = new ArrayList<>();
        int[] inLink = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    Counts c = new Counts();
                    map.put(e, c);
                    stack.add(c);
                    if (e.normalName().equals("a")) {
                        inLink[0]++;
                    }
                } else if (node instanceof TextNode t && !stack.isEmpty()) {
                    Counts c = stack.get(stack.size() - 1);
                    measure(t.getWholeText(), c, inLink[0] > 0);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    Counts c = stack.remove(stack.size() - 1);
                    if (close(e, c)) {
                        inLink[0]--;
                    }
                    if (!stack.isEmpty()) {
                        stack.get(stack.size() - 1).add(c);
                    }
                }
            }
        }, root);
        return new TextStats(map);
    }

    /**
     * Completes an element's counts once its subtree is measured (the element itself, and its kind:
     * paragraph, image, list...); true when it is a link, whose text has ended.
     */
    static boolean close(Element e, Counts c) {
        c.elements++;
        switch (e.normalName()) {
            case "a" -> {
                return true;
            }
            case "p" -> {
                c.paragraphs++;
                if (c.chars >= 80) {
                    c.longParagraphs++;
                }
            }
            case "img", "picture", "video" -> c.images++;
            case "ul", "ol" -> c.lists++;
            case "li" -> c.items++;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> c.headings++;
            case "input", "select", "textarea", "button" -> c.inputs++;
            default -> { }
        }
        return false;
    }

    /** Adds a text's weighted length and punctuation to {@code c}. */
    static void measure(String s, Counts c, boolean link) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch > ' ' && ch < 0x80 && ch != ',' && ch != ';' && ch != '.' && ch != '!' && ch != '?') {
                n++; // plain ASCII: weight 1, no punctuation counted
                continue;
            }
            if (ch <= ' ' || ch == '\u00A0') {
                continue;
            }
            n += weight(ch);
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

    /** 3 for a CJK ideograph, kana or hangul syllable, else 1. */
    static int weight(char ch) {
        return ch >= '\u2E80' && ch <= '\u9FFF' || ch >= '\uAC00' && ch <= '\uD7AF'
                || ch >= '\uF900' && ch <= '\uFAFF' ? 3 : 1;
    }
}
