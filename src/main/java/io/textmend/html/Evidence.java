package io.textmend.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The article text a page states in its structured data (JSON-LD {@code articleBody}), as evidence
 * for which blocks are the article: the share of a block's words that occur in it. Built per call.
 */
final class Evidence {

    static final Evidence NONE = new Evidence(Set.of());

    private static final int MIN_WORDS = 20;

    private final Set<String> words;

    private Evidence(Set<String> words) {
        this.words = words;
    }

    static Evidence of(JsonLd ld) {
        String body = ld.articleBody();
        if (body.length() < 150) {
            return NONE;
        }
        Set<String> w = new HashSet<>();
        words(body, w, 20_000);
        return w.size() < MIN_WORDS ? NONE : new Evidence(w);
    }

    boolean present() {
        return !words.isEmpty();
    }

    /** The share of the text's words found in the stated article, or -1 without evidence. */
    double match(String text) {
        if (words.isEmpty()) {
            return -1;
        }
        Set<String> w = new HashSet<>();
        words(text, w, 400);
        if (w.isEmpty()) {
            return -1;
        }
        int hit = 0;
        for (String s : w) {
            if (words.contains(s)) {
                hit++;
            }
        }
        return hit / (double) w.size();
    }

    /** Lower-cased words; each CJK or Thai character counts as a word. */
    private static void words(String s, Set<String> out, int max) {
        int start = -1;
        for (int i = 0; i <= s.length() && out.size() < max; i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            boolean cjk = TextStats.weight(c) > 1;
            boolean letter = Character.isLetterOrDigit(c) && !cjk;
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (cjk) {
                out.add(String.valueOf(c));
            }
        }
    }
}
