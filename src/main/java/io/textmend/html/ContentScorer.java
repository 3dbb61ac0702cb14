package io.textmend.html;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Chooses the element holding the article: each paragraph's text credits its parent and, half as
 * much, its grandparent; the element with most credit wins.
 */
final class ContentScorer {

    private ContentScorer() {
    }

    static Element best(Element body) {
        Map<Element, Double> score = new HashMap<>();
        for (Element p : body.select("p, pre, blockquote")) {
            String t = p.text();
            if (t.length() < 25) {
                continue;
            }
            double s = 1 + Math.min(t.length() / 100.0, 3) + count(t, ',');
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, s, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    score.merge(grand, s / 2, Double::sum);
                }
            }
        }
        Element best = body;
        double max = 0;
        for (Map.Entry<Element, Double> e : score.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            if (s > max) {
                max = s;
                best = e.getKey();
            }
        }
        return best;
    }

    static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, links / (double) all);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
