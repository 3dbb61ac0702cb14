package io.textmend.boilerplate;

import java.util.HashSet;
import java.util.Set;

/**
 * The content terms of a stretch of text: words of three letters or more that are not stopwords,
 * or for Chinese and Japanese pairs of adjacent letters. A paragraph that shares many of them with
 * the article before it continues the article; a teaser for another story does not. A block's
 * terms are computed once ({@link BlockScan#terms}); a topic is built per call and not shared.
 */
final class Topic {

    /** A block's terms are taken from its first chars only; a paragraph's head tells its topic. */
    private static final int MAX_CHARS = 400;

    private final Set<String> terms = new HashSet<>();

    /** Adds the terms of a block ({@link TextDocument#terms}). */
    void add(String[] blockTerms) {
        for (String t : blockTerms) {
            terms.add(t);
        }
    }

    /** Share of a block's distinct terms already in this topic; 0 when it has none. */
    double overlap(String[] blockTerms) {
        if (blockTerms.length == 0) {
            return 0;
        }
        int hit = 0;
        for (String s : blockTerms) {
            if (terms.contains(s)) {
                hit++;
            }
        }
        return (double) hit / blockTerms.length;
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

    /** The distinct content terms of {@code text} for {@code language}, from its first {@value #MAX_CHARS} chars. */
    static String[] terms(Language language, String text) {
        Set<String> out = new HashSet<>();
        char[] s = Lower.prefix(text, MAX_CHARS);
        int n = s.length;
        int i = 0;
        while (i < n) {
            int cp = s[i] < 0x80 ? s[i] : Character.codePointAt(s, i);
            if (!Lower.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            if (cp >= 0x80 && Scripts.isCjk(Scripts.of(cp))) {
                int next = i + Character.charCount(cp);
                if (next < n) {
                    int cp2 = Character.codePointAt(s, next);
                    if (Character.isLetter(cp2) && Scripts.isCjk(Scripts.of(cp2))) {
                        out.add(new String(s, i, next + Character.charCount(cp2) - i));
                    }
                }
                i = next;
                continue;
            }
            int start = i;
            // by code point: a letter outside the BMP (𝐁, 𞤀) is part of the word, not a char that stops it
            while (i < n) {
                char c0 = s[i];
                if (c0 < 0x80) {
                    if (!Lower.isLetterOrDigit(c0)) {
                        break;
                    }
                    i++;
                    continue;
                }
                int c = Character.codePointAt(s, i);
                if (!Character.isLetterOrDigit(c) || Scripts.isCjk(Scripts.of(c))) {
                    break;
                }
                i += Character.charCount(c);
            }
            int len = i - start;
            if (len >= 2 && !language.isStopword(s, start, i)) {
                Character.UnicodeScript sc = Scripts.of(s[start]);
                if (sc != Character.UnicodeScript.HANGUL && sc != Character.UnicodeScript.ARABIC) {
                    // stem() keeps five chars; a stem of two is too short outside Korean
                    if (len >= 3) {
                        out.add(new String(s, start, Math.min(5, len)));
                    }
                    continue;
                }
                String stem = stem(new String(s, start, len));
                if (stem.length() >= 2 && (stem.length() >= 3 || Scripts.of(stem.charAt(0)) == Character.UnicodeScript.HANGUL)) {
                    out.add(stem);
                }
            }
        }
        return out.toArray(new String[0]);
    }
}
