package io.textmend.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes, inside the chosen content, containers that look like boilerplate rather than prose:
 * link lists, image galleries, input clusters, blocks named like boilerplate with links. The walk is
 * top-down and iterative, and skips the subtree of whatever it removes. Stateless.
 */
final class Pruner {

    private static final Set<String> CONDITIONAL = Set.of("div", "section", "ul", "ol", "table", "form",
            "fieldset", "aside", "figure", "dl", "span");

    private Pruner() {
    }

    static void prune(List<Element> parts, TextStats stats, ContentScorer.Scores scores, Vocabulary.Memo vocab) {
        // each decision reads only the statistics and scores, which removal does not change, so the
        // removals are collected first and made after the walk
        List<Element> doomed = new ArrayList<>();
        List<Element> stack = new ArrayList<>();
        for (Element part : parts) {
            pushChildren(part, stack);
            while (!stack.isEmpty()) {
                Element e = stack.remove(stack.size() - 1);
                if (CONDITIONAL.contains(e.normalName()) && isBoilerplate(e, stats, scores, vocab)) {
                    doomed.add(e);
                    continue;
                }
                pushChildren(e, stack);
            }
        }
        Cleanup.removeAll(doomed);
    }

    private static void pushChildren(Element e, List<Element> stack) {
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof Element child) {
                stack.add(child);
            }
        }
    }

    static boolean isBoilerplate(Element e, TextStats stats, ContentScorer.Scores scores, Vocabulary.Memo vocab) {
        String tag = e.normalName();
        TextStats.Counts c = stats.of(e);
        int weight = vocab.weight(e);
        if (tag.equals("span")) {
            // spans only go when they are named like boilerplate and are mostly links
            return weight < 0 && c.linkDensity() > 0.5;
        }
        boolean prose = c.longParagraphs >= 2 && c.linkDensity() < 0.2;
        if (weight + scores.of(e) < 0) {
            return !prose;
        }
        if (c.commas >= 10) {
            return false;
        }
        boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
        // text held in divs and br-separated runs counts as paragraphs too, by its mass
        int p = Math.max(c.paragraphs, (c.chars - c.linkChars) / 250);
        int img = c.images;
        int li = c.items - 100;
        double ld = c.linkDensity();
        if (tag.equals("table") && ld < 0.5) {
            return false;
        }
        if (img > 1 && p / (double) img < 0.5 && (c.chars - c.linkChars) < 50 * img && !tag.equals("figure")) {
            return true;
        }
        if (!list && li > p) {
            return true;
        }
        if (c.inputs > p / 3) {
            return true;
        }
        if (!list && c.chars < ContentScorer.MIN_BLOCK && (img == 0 || img > 2) && c.headings == 0
                && (c.linkChars > 0 || c.stops == 0)) {
            return true;
        }
        if (!list && weight < 25 && ld > 0.2) {
            return true;
        }
        return weight >= 25 && ld > 0.5 || list && ld > 0.5;
    }
}
