package io.textmend.boilerplate;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/** Which writing system a piece of text is in. */
public final class Scripts {

    private Scripts() {
    }

    /** The script most letters of {@code s} belong to, or {@code COMMON} when it has no letters. */
    public static UnicodeScript dominant(CharSequence s) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        count(s, counts);
        return top(counts);
    }

    static void count(CharSequence s, Map<UnicodeScript, Integer> counts) {
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            UnicodeScript sc = fold(UnicodeScript.of(cp));
            counts.merge(sc, 1, Integer::sum);
        }
    }

    static UnicodeScript top(Map<UnicodeScript, Integer> counts) {
        UnicodeScript best = UnicodeScript.COMMON;
        int max = 0;
        for (Map.Entry<UnicodeScript, Integer> e : counts.entrySet()) {
            if (e.getValue() > max) {
                max = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    /** Japanese kana and Korean hangul count with Han, as CJK text mixes them. */
    static UnicodeScript fold(UnicodeScript sc) {
        return switch (sc) {
            case HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> UnicodeScript.HAN;
            default -> sc;
        };
    }

    /** True when the script counts words by characters rather than by spaces. */
    public static boolean isCjk(UnicodeScript sc) {
        return sc == UnicodeScript.HAN || sc == UnicodeScript.THAI || sc == UnicodeScript.LAO
                || sc == UnicodeScript.KHMER || sc == UnicodeScript.MYANMAR;
    }

    /** Words in {@code s}: whitespace-separated tokens, except CJK letters count one each. */
    public static int wordCount(CharSequence s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) && isCjk(fold(UnicodeScript.of(cp)))) {
                words++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (Character.isWhitespace(cp) || !Character.isLetterOrDigit(cp) && cp != '\'' && cp != '-') {
                inWord = false;
            }
        }
        return words;
    }
}
