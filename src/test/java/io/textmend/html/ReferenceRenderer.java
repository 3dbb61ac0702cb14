package io.textmend.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The block renderer as it was before its walk went over child indexes and its text loop gained
 * fast paths: the reference {@link BlockRenderer} is tested against.
 */
final class ReferenceRenderer {

    private static final Set<String> BLOCK_TAGS = BlockRenderer.BLOCK_TAGS;

    private ReferenceRenderer() {
    }

    /** End-of-element marker on the walk's stack. */
    private record End(Element element, boolean block, boolean link, boolean pre) {
    }

    static List<BlockRenderer.Rendered> render(List<Element> roots) {
        State s = new State();
        for (Element root : roots) {
            walk(root, s);
            s.flush();
        }
        return s.out;
    }

    private static void walk(Element root, State s) {
        List<Object> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            Object top = stack.remove(stack.size() - 1);
            if (top instanceof End end) {
                if (end.link()) {
                    s.inLink--;
                }
                if (end.pre()) {
                    s.inPre--;
                }
                if (end.block()) {
                    s.flush();
                    s.owners.remove(s.owners.size() - 1);
                }
                continue;
            }
            Node n = (Node) top;
            if (n instanceof TextNode t) {
                s.append(t.getWholeText());
                continue;
            }
            if (!(n instanceof Element e)) {
                continue;
            }
            String tag = e.normalName();
            if (tag.equals("br")) {
                s.lineBreak();
                continue;
            }
            boolean block = BLOCK_TAGS.contains(tag);
            boolean link = tag.equals("a");
            boolean pre = tag.equals("pre");
            if (block) {
                s.flush();
                s.owners.add(e);
            } else if (tag.equals("td") || tag.equals("th")) {
                s.space();
            }
            if (link) {
                s.inLink++;
            }
            if (pre) {
                s.inPre++;
            }
            if (block || link || pre) {
                stack.add(new End(e, block, link, pre));
            }
            List<Node> kids = e.childNodes();
            for (int k = kids.size() - 1; k >= 0; k--) {
                stack.add(kids.get(k));
            }
        }
    }

    /** The walk's mutable state, local to one call. */
    private static final class State {
        final List<BlockRenderer.Rendered> out = new ArrayList<>();
        final List<Element> owners = new ArrayList<>();
        final StringBuilder line = new StringBuilder();
        int chars;
        int linkChars;
        int inLink;
        int inPre;

        void append(String text) {
            int added = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
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
            String t = line.toString().strip();
            if (!t.isEmpty()) {
                Element owner = owners.isEmpty() ? null : owners.get(owners.size() - 1);
                out.add(new BlockRenderer.Rendered(t, owner == null ? "" : owner.normalName(), owner, chars, linkChars));
            }
            line.setLength(0);
            chars = 0;
            linkChars = 0;
        }
    }
}
