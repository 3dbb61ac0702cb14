package io.textmend.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders elements as plain-text blocks: a block element ends the current block, {@code br} is a
 * line break inside it, whitespace collapses to one space, table cells are separated by spaces.
 * The walk is iterative, so nesting depth cannot overflow the stack. Stateless and thread-safe.
 */
final class BlockRenderer {

    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "caption", "section", "article",
            "header", "footer", "aside", "main", "figure", "figcaption", "dl", "dt", "dd", "address", "hr",
            "center", "details", "summary", "body", "fieldset", "legend", "hgroup", "nav", "form", "menu",
            "noscript", "option", "title");

    /** One rendered block. */
    record Rendered(String text, String tag, Element owner, int chars, int linkChars) {

        double linkDensity() {
            return chars == 0 ? 0 : Math.min(1.0, linkChars / (double) chars);
        }
    }

    private BlockRenderer() {
    }

    static List<Rendered> render(List<Element> roots) {
        State s = new State();
        for (Element root : roots) {
            walk(root, s);
            s.flush();
        }
        return s.out;
    }

    /** Bits of what an open element ends when it closes. */
    private static final int BLOCK = 1;
    private static final int LINK = 2;
    private static final int PRE = 4;

    /**
     * An iterative walk over the nodes under {@code root} in document order. The stack holds the
     * open elements, the index of the next child of each and what each ends when it closes.
     */
    private static void walk(Element root, State s) {
        Element[] open = new Element[32];
        int[] next = new int[32];
        int[] ends = new int[32];
        int sp = -1;
        Element e = root;
        while (true) {
            // open e: a br is a line break and nothing more; a block ends the current block
            String tag = e.normalName();
            if (tag.equals("br")) {
                s.lineBreak();
            } else {
                int end = 0;
                if (BLOCK_TAGS.contains(tag)) {
                    s.flush();
                    s.owners.add(e);
                    end = BLOCK;
                } else if (tag.equals("td") || tag.equals("th")) {
                    s.space();
                }
                if (tag.equals("a")) {
                    s.inLink++;
                    end |= LINK;
                }
                if (tag.equals("pre")) {
                    s.inPre++;
                    end |= PRE;
                }
                if (++sp == open.length) {
                    open = java.util.Arrays.copyOf(open, sp * 2);
                    next = java.util.Arrays.copyOf(next, sp * 2);
                    ends = java.util.Arrays.copyOf(ends, sp * 2);
                }
                open[sp] = e;
                next[sp] = 0;
                ends[sp] = end;
            }
            // the next child element, appending text on the way; close what is done
            e = null;
            while (e == null && sp >= 0) {
                Element top = open[sp];
                int size = top.childNodeSize();
                while (next[sp] < size) {
                    Node n = top.childNode(next[sp]++);
                    if (n instanceof Element child) {
                        e = child;
                        break;
                    }
                    if (n instanceof TextNode t) {
                        s.append(t.getWholeText());
                    }
                }
                if (e == null) {
                    int end = ends[sp];
                    open[sp--] = null;
                    if ((end & LINK) != 0) {
                        s.inLink--;
                    }
                    if ((end & PRE) != 0) {
                        s.inPre--;
                    }
                    if ((end & BLOCK) != 0) {
                        s.flush();
                        s.owners.remove(s.owners.size() - 1);
                    }
                }
            }
            if (e == null) {
                return;
            }
        }
    }

    /** The walk's mutable state, local to one call. */
    private static final class State {
        final List<Rendered> out = new ArrayList<>();
        final List<Element> owners = new ArrayList<>();
        final StringBuilder line = new StringBuilder();
        int chars;
        int linkChars;
        int inLink;
        int inPre;

        void append(String text) {
            int added = 0;
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c > ' ' && c < 0x80) {
                    // a run of plain ASCII (visible, weight 1) with single spaces inside it: each of
                    // those spaces follows a visible char, where space() would append it, so the run
                    // is appended as it is
                    int j = i + 1;
                    int spaces = 0;
                    while (j < n) {
                        char d = text.charAt(j);
                        if (d > ' ' && d < 0x80) {
                            j++;
                        } else if (d == ' ' && j + 1 < n && text.charAt(j + 1) > ' ' && text.charAt(j + 1) < 0x80) {
                            j += 2;
                            spaces++;
                        } else {
                            break;
                        }
                    }
                    line.append(text, i, j);
                    added += j - i - spaces;
                    i = j - 1;
                    continue;
                }
                if (inPre > 0 && c == '\n') {
                    trimTrailingSpace();
                    line.append('\n');
                } else if (c <= ' ' || c == '\u00A0' || Character.isWhitespace(c)) {
                    space();
                } else if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF') {
                    continue; // soft hyphen, zero-width space, BOM: invisible
                } else if (Character.isSurrogate(c) && !isPaired(text, i)) {
                    line.append('\uFFFD'); // a lone half (from &#xD800;) cannot be written as UTF-8
                    added++;
                } else {
                    line.append(c);
                    added += TextStats.weight(c);
                }
            }
            chars += added;
            if (inLink > 0) {
                linkChars += added;
            }
        }

        private static boolean isPaired(String t, int i) {
            char c = t.charAt(i);
            return Character.isHighSurrogate(c) ? i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))
                    : i > 0 && Character.isHighSurrogate(t.charAt(i - 1));
        }

        void space() {
            int n = line.length();
            if (n > 0 && line.charAt(n - 1) != ' ' && line.charAt(n - 1) != '\n') {
                line.append(' ');
            }
        }

        /** A {@code br}: a line break, or a paragraph break when the line already ended with one. */
        void lineBreak() {
            trimTrailingSpace();
            if (line.length() == 0) {
                return;
            }
            if (line.charAt(line.length() - 1) == '\n') {
                flush();
            } else {
                line.append('\n');
            }
        }

        private void trimTrailingSpace() {
            while (line.length() > 0 && line.charAt(line.length() - 1) == ' ') {
                line.setLength(line.length() - 1);
            }
        }

        void flush() {
            // the line holds no whitespace but ' ' and '\n' (append maps the rest to ' '), so
            // trimming those is String.strip()
            int from = 0;
            int to = line.length();
            while (from < to && (line.charAt(from) == ' ' || line.charAt(from) == '\n')) {
                from++;
            }
            while (to > from && (line.charAt(to - 1) == ' ' || line.charAt(to - 1) == '\n')) {
                to--;
            }
            if (from < to) {
                String t = line.substring(from, to);
                Element owner = owners.isEmpty() ? null : owners.get(owners.size() - 1);
                out.add(new Rendered(t, owner == null ? "" : owner.normalName(), owner, chars, linkChars));
            }
            line.setLength(0);
            chars = 0;
            linkChars = 0;
        }
    }
}
