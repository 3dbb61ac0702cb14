package io.textmend.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Chooses the elements holding the article. Every prose-like block credits its container and,
 * less and less, four more ancestors; a container starts from its tag and its class/id words and
 * is discounted by its link density. The best container wins, joined by the siblings that read
 * like the same article. Stateless; per-call state stays in locals.
 */
final class ContentScorer {

    /** A block shorter than this (weighted chars) gives no credit. */
    static final int MIN_BLOCK = 25;

    private static final java.util.Set<String> PARAGRAPHS = java.util.Set.of("p", "pre", "blockquote", "li", "dd",
            "dt", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption", "address", "tr", "summary", "legend");

    private ContentScorer() {
    }

    /** Scores of the containers on one page. */
    static final class Scores {
        final Map<Element, double[]> byElement = new IdentityHashMap<>();

        double of(Element e) {
            double[] s = byElement.get(e);
            return s == null ? 0 : s[0];
        }
    }

    static Scores score(List<BlockRenderer.Rendered> blocks, TextStats stats, Vocabulary.Memo vocab, Element body,
            Evidence evidence) {
        Scores scores = new Scores();
        for (BlockRenderer.Rendered b : blocks) {
            if (b.chars() < MIN_BLOCK || b.owner() == null) {
                continue;
            }
            double s = 1 + commas(b.text()) + Math.min(b.chars() / 100.0, 3);
            if (evidence.present()) {
                // the page's structured data says what the article is: a block it contains counts
                // double, a block it does not know counts little
                double m = evidence.match(b.text());
                s *= m >= 0.8 ? 2 : m >= 0 && m < 0.3 ? 0.25 : 1;
            }
            // a paragraph credits its container; text held directly by a container credits that container
            Element anc = PARAGRAPHS.contains(b.owner().normalName()) ? b.owner().parent() : b.owner();
            for (int level = 0; anc != null && level < 5; level++) {
                double[] cell = scores.byElement.get(anc);
                if (cell == null) {
                    cell = new double[] {initial(anc, vocab)};
                    scores.byElement.put(anc, cell);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                cell[0] += s / divider;
                if (anc == body) {
                    break;
                }
                anc = anc.parent();
            }
        }
        for (Map.Entry<Element, double[]> e : scores.byElement.entrySet()) {
            e.getValue()[0] *= 1 - stats.of(e.getKey()).linkDensity();
        }
        return scores;
    }


    /** The best container, climbed to a shared ancestor when close rivals sit beside it. */
    static Element top(Scores scores, TextStats stats, Element body) {
        List<Map.Entry<Element, double[]>> ranked = new ArrayList<>(scores.byElement.entrySet());
        ranked.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]));
        if (ranked.isEmpty()) {
            return null;
        }
        Element top = ranked.get(0).getKey();
        double best = ranked.get(0).getValue()[0];
        // a close rival near the best is another chunk of the same article: take their common ancestor
        for (int i = 1; i < Math.min(ranked.size(), 5); i++) {
            Element rival = ranked.get(i).getKey();
            if (ranked.get(i).getValue()[0] < 0.6 * best || isAncestor(rival, top) || isAncestor(top, rival)) {
                continue;
            }
            Element common = commonAncestor(top, rival, 3);
            if (common != null && common != body && stats.of(common).linkDensity() < 0.25) {
                top = common;
                break;
            }
        }
        // climb while the parent scores at least as much (the article's paragraphs are split up)
        double last = scores.of(top);
        Element parent = top.parent();
        double threshold = last / 3;
        while (parent != null && parent != body) {
            double ps = scores.of(parent);
            if (ps < threshold) {
                break;
            }
            if (ps > last) {
                top = parent;
                break;
            }
            last = ps;
            parent = parent.parent();
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** The closest ancestor of {@code a} within {@code maxUp} levels that also holds {@code b}, or null. */
    private static Element commonAncestor(Element a, Element b, int maxUp) {
        Element p = a.parent();
        for (int up = 0; p != null && up < maxUp; up++, p = p.parent()) {
            Element q = b.parent();
            for (int k = 0; q != null && k < maxUp + 2; k++, q = q.parent()) {
                if (q == p) {
                    return p;
                }
            }
        }
        return null;
    }

    private static boolean isAncestor(Element anc, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == anc) {
                return true;
            }
        }
        return false;
    }

    /** The top container and the siblings around it that belong to the article, in page order. */
    static List<Element> withSiblings(Element top, Scores scores, TextStats stats, Vocabulary.Memo vocab) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.of(top);
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(sib.className()) ? topScore * 0.2 : 0;
            if (scores.of(sib) + bonus >= threshold) {
                out.add(sib);
                continue;
            }
            if (sib.normalName().equals("p")) {
                TextStats.Counts c = stats.of(sib);
                double ld = c.linkDensity();
                String text = sib.text();
                if (c.chars > 80 && ld < 0.25 || c.chars > 0 && c.chars <= 80 && ld == 0 && endsSentence(text)) {
                    out.add(sib);
                }
            }
        }
        return out;
    }

    static boolean endsSentence(String t) {
        String s = t.strip();
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？' || c == '"' || c == '”'
                || c == '؟';
    }

    private static double initial(Element e, Vocabulary.Memo vocab) {
        double s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.normalName().equals("article") || e.normalName().equals("main")) {
            s += 10;
        }
        String itemprop = e.attr("itemprop");
        if (itemprop.contains("articleBody") || itemprop.contains("text")) {
            s += 25;
        }
        return s + vocab.weight(e);
    }

    static int commas(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }
}
