package io.textmend.boilerplate;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.BitSet;
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
    public static final Language UNKNOWN = new Language("und", UnicodeScript.COMMON, Set.of(), new BitSet(), List.of(), 0L);

    static final int SHARE_CHARS = 400;
    private static final List<Language> ALL = loadAll();
    /** Every stopword of a spaced script, to the bit mask of the languages (by index in ALL) listing it. */
    private static final Map<String, Long> INDEX = index();
    private static final int MAX_STOPWORD_LENGTH = INDEX.keySet().stream().mapToInt(String::length).max().orElse(0);

    private final String code;
    private final UnicodeScript script;
    private final Set<String> words;
    private final BitSet chars;
    private final List<String> suffixes;
    private final long bit;

    private Language(String code, UnicodeScript script, Set<String> words, BitSet chars, List<String> suffixes,
            long bit) {
        this.bit = bit;
        this.code = code;
        this.script = script;
        this.words = Set.copyOf(words);
        this.chars = (BitSet) chars.clone();
        this.suffixes = List.copyOf(suffixes);
    }

    private static List<Language> loadAll() {
        List<Language> out = new ArrayList<>();
        for (String code : Resources.languages()) {
            Set<String> words = new HashSet<>();
            BitSet chars = new BitSet();
            List<String> suffixes = new ArrayList<>();
            Map<UnicodeScript, Integer> scripts = new HashMap<>();
            for (String w : Resources.lines(code + "/stopwords.txt", true)) {
                String lw = w.toLowerCase(Locale.ROOT);
                if (lw.startsWith("-") && lw.length() > 1) {
                    suffixes.add(lw.substring(1));
                } else {
                    words.add(lw);
                    if (lw.codePointCount(0, lw.length()) == 1) {
                        chars.set(lw.codePointAt(0));
                    }
                }
                scripts.merge(Scripts.fold(Scripts.dominant(lw)), 1, Integer::sum);
            }
            UnicodeScript sc = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            out.add(new Language(code, sc, words, Scripts.isCjk(sc) ? chars : new BitSet(), suffixes, 1L << out.size()));
        }
        return List.copyOf(out);
    }

    private static Map<String, Long> index() {
        Map<String, Long> m = new HashMap<>();
        for (int k = 0; k < ALL.size(); k++) {
            if (Scripts.isCjk(ALL.get(k).script)) {
                continue;
            }
            for (String w : ALL.get(k).words) {
                m.merge(w, 1L << k, (a, b) -> a | b);
            }
        }
        return Map.copyOf(m);
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

    /**
     * Share of stopwords among the tokens of {@code s}; 0 when it has none. A long text is judged by
     * its first {@value #SHARE_CHARS} chars, plenty for a share.
     */
    public double share(String s) {
        int[] c = count(s.length() > SHARE_CHARS ? s.substring(0, SHARE_CHARS) : s);
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
                if (chars.get(cp)) {
                    hits++;
                }
            }
        }
        return new int[] {hits, letters};
    }

    private int[] countTokens(String text) {
        String s = text.toLowerCase(Locale.ROOT);
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
                if (i - start <= MAX_STOPWORD_LENGTH && words.contains(s.substring(start, i))
                        || !suffixes.isEmpty() && hasSuffix(s.substring(start, i))) {
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
     * {@link #UNKNOWN} when none covers any. The sample is tokenised once for all candidates.
     */
    public static Language detect(UnicodeScript script, String sample) {
        List<Language> candidates = new ArrayList<>();
        for (Language l : ALL) {
            if (l.script == script) {
                candidates.add(l);
            }
        }
        if (candidates.isEmpty()) {
            return UNKNOWN;
        }
        if (candidates.size() == 1) {
            return candidates.get(0).share(sample) > 0 ? candidates.get(0) : UNKNOWN;
        }
        int[] hits = new int[candidates.size()];
        if (Scripts.isCjk(script)) {
            for (int i = 0; i < sample.length(); ) {
                int cp = sample.codePointAt(i);
                i += Character.charCount(cp);
                for (int k = 0; k < hits.length; k++) {
                    hits[k] += candidates.get(k).chars.get(cp) ? 1 : 0;
                }
            }
        } else {
            String s = sample.toLowerCase(Locale.ROOT);
            int n = s.length();
            int i = 0;
            while (i < n) {
                while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
                    i++;
                }
                if (i > start && i - start <= MAX_STOPWORD_LENGTH) {
                    Long mask = INDEX.get(s.substring(start, i));
                    if (mask != null) {
                        for (int k = 0; k < hits.length; k++) {
                            hits[k] += (mask & candidates.get(k).bit) != 0 ? 1 : 0;
                        }
                    }
                }
            }
        }
        int best = -1;
        for (int k = 0; k < hits.length; k++) {
            if (hits[k] > 0 && (best < 0 || hits[k] > hits[best])) {
                best = k;
            }
        }
        return best < 0 ? UNKNOWN : candidates.get(best);
    }

    @Override
    public String toString() {
        return code;
    }
}
