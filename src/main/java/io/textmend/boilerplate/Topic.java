package io.textmend.boilerplate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The content terms of a stretch of text: words of three letters or more that are not stopwords,
 * or for Chinese and Japanese pairs of adjacent letters. A paragraph that shares many of them with
 * the article before it continues the article; a teaser for another story does not. Built per
 * call; not shared.
 */
final class Topic {

    /** A block's terms are taken from its first chars only; a paragraph's head tells its topic. */
    private static final int MAX_CHARS = 400;

    private final Language language;
    private final Set<String> terms = new HashSet<>();

    Topic(Language language) {
        this.language = language;
    }

    void add(String text) {
        terms.addAll(terms(text));
    }

    /** Share of {@code text}'s content terms already in this topic; 0 when it has none. */
    double overlap(String text) {
        Set<String> t = terms(text);
        if (t.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String s : t) {
            if (terms.contains(s)) {
                hit++;
            }
        }
        return (double) hit / t.size();
    }

    /**
     * A crude stem, enough to match a word with its inflected forms: Korean keeps its first two
     * syllables (the particles follow), Arabic drops the article and joined conjunctions, other
     * scripts keep five letters.
     */
    static String stem(String w) {
        Character.UnicodeScript sc = Scripts.of(w.charAt(0));
        if (sc == Character.UnicodeScript.HANGUL) {
            return w.length() > 2 ? w.substring(0, 2) : w;
        }
        if (sc == Character.UnicodeScript.ARABIC) {
            for (String pre : ARABIC_PREFIXES) {
                if (w.startsWith(pre) && w.length() - pre.length() >= 3) {
                    w = w.substring(pre.length());
                    break;
                }
            }
            return w.length() > 4 ? w.substring(0, 4) : w;
        }
        return w.length() > 5 ? w.substring(0, 5) : w;
    }

    private static final String[] ARABIC_PREFIXES = {"وال", "بال", "كال", "فال", "لل", "ال", "و"};

    private Set<String> terms(String text) {
        Set<String> out = new HashSet<>();
        String s = (text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text).toLowerCase(Locale.ROOT);
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            if (Scripts.isCjk(Scripts.of(cp))) {
                int next = i + Character.charCount(cp);
                if (next < n && Character.isLetter(s.codePointAt(next)) && Scripts.isCjk(Scripts.of(s.codePointAt(next)))) {
                    out.add(s.substring(i, next + Character.charCount(s.codePointAt(next))));
                }
                i = next;
                continue;
            }
            int start = i;
            // by code point: a letter outside the BMP (𝐁, 𞤀) is part of the word, not a char that stops it
            while (i < n) {
                int c = s.codePointAt(i);
                if (!Character.isLetterOrDigit(c) || Scripts.isCjk(Scripts.of(c))) {
                    break;
                }
                i += Character.charCount(c);
            }
            String w = s.substring(start, i);
            if (w.length() >= 2 && !language.isStopword(w)) {
                String stem = stem(w);
                if (stem.length() >= 2 && (stem.length() >= 3 || Scripts.of(stem.charAt(0)) == Character.UnicodeScript.HANGUL)) {
                    out.add(stem);
                }
            }
        }
        return out;
    }
}
