package io.textmend.boilerplate;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A language textmend ships lists for, with its stopwords: the high-frequency function words whose
 * share tells running text from menus and lists. Stopwords of spaced scripts are whole tokens, of
 * Chinese and Japanese single characters, and of Korean particles ({@code -은}) token endings.
 * Immutable and thread-safe.
 */
public final class Language {

    /** No language detected: stopword share is unknown. */
    public static final Language UNKNOWN = new Language("und", UnicodeScript.COMMON, Set.of(), Set.of(), List.of());

    private static final List<Language> ALL = loadAll();

    private final String code;
    private final UnicodeScript script;
    private final Set<String> words;
    private final Set<Integer> chars;
    private final List<String> suffixes;

    private Language(String code, UnicodeScript script, Set<String> words, Set<Integer> chars, List<String> suffixes) {
        this.code = code;
        this.script = script;
        this.words = Set.copyOf(words);
        this.chars = Set.copyOf(chars);
        this.suffixes = List.copyOf(suffixes);
    }

    private static List<Language> loadAll() {
        List<Language> out = new ArrayList<>();
        for (String code : Resources.languages()) {
            Set<String> words = new HashSet<>();
            Set<Integer> chars = new HashSet<>();
            List<String> suffixes = new ArrayList<>();
            Map<UnicodeScript, Integer> scripts = new HashMap<>();
            for (String w : Resources.lines(code + "/stopwords.txt", true)) {
                String lw = w.toLowerCase(Locale.ROOT);
                if (lw.startsWith("-") && lw.length() > 1) {
                    suffixes.add(lw.substring(1));
                } else {
                    words.add(lw);
                    if (lw.codePointCount(0, lw.length()) == 1) {
                        chars.add(lw.codePointAt(0));
                    }
                }
                scripts.merge(Scripts.fold(Scripts.dominant(lw)), 1, Integer::sum);
            }
            UnicodeScript sc = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            out.add(new Language(code, sc, words, Scripts.isCjk(sc) ? chars : Set.of(), suffixes));
        }
        return List.copyOf(out);
    }

    /** Every shipped language. */
    public static List<Language> all() {
        return ALL;
    }

    public String code() {
        return code;
    }

    /** The script the language is written in (Japanese counts as {@code HAN}, see {@link Scripts#fold}). */
    public UnicodeScript script() {
        return script;
    }

    /** Stopword hits and token count of {@code s}, as {@code {hits, tokens}}. */
    int[] count(String s) {
        if (this == UNKNOWN) {
            return new int[] {0, 0};
        }
        return Scripts.isCjk(script) ? countChars(s) : countTokens(s);
    }

    /** Share of stopwords among the tokens of {@code s}; 0 when it has none. */
    public double share(String s) {
        int[] c = count(s);
        return c[1] == 0 ? 0 : (double) c[0] / c[1];
    }

    private int[] countChars(String s) {
        int hits = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (chars.contains(cp)) {
                    hits++;
                }
            }
        }
        return new int[] {hits, letters};
    }

    private int[] countTokens(String s) {
        int hits = 0;
        int tokens = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || isJoiner(s, i))) {
                i++;
            }
            if (i > start) {
                tokens++;
                String t = s.substring(start, i).toLowerCase(Locale.ROOT);
                if (words.contains(t) || hasSuffix(t)) {
                    hits++;
                }
            }
        }
        return new int[] {hits, tokens};
    }

    /** An apostrophe or hyphen inside a word ({@code l'homme}, {@code d’un}) cuts it, as the lists hold the parts. */
    private static boolean isJoiner(String s, int i) {
        char c = s.charAt(i);
        return Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /** True when the lower-cased token is a stopword of this language. */
    public boolean isStopword(String token) {
        return words.contains(token);
    }

    private boolean hasSuffix(String t) {
        for (String suf : suffixes) {
            if (t.length() > suf.length() && t.endsWith(suf)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The shipped language of {@code script} whose stopwords cover the most of {@code sample}, or
     * {@link #UNKNOWN} when none covers any.
     */
    public static Language detect(UnicodeScript script, String sample) {
        Language best = UNKNOWN;
        double bestShare = 0;
        for (Language l : ALL) {
            if (l.script != script) {
                continue;
            }
            double share = l.share(sample);
            if (share > bestShare) {
                bestShare = share;
                best = l;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return code;
    }
}
