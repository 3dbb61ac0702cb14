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
    /** Every stopword of every language, to the bit mask of the languages (by index in ALL) listing it. */
    private static final WordTable WORDS = words();
    /** The bits of the languages of spaced scripts: those whose stopwords are whole tokens. */
    private static final long SPACED = spacedBits();
    /** The longest stopword of a spaced script; longer tokens are not looked up. */
    private static final int MAX_STOPWORD_LENGTH = maxSpacedLength();
    private static final Map<UnicodeScript, List<Language>> BY_SCRIPT = byScript();
    private static final List<Language> CJK = ALL.stream().filter(l -> Scripts.isCjk(l.script)).toList();

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

    private static WordTable words() {
        Map<String, Long> m = new HashMap<>();
        for (Language l : ALL) {
            for (String w : l.words) {
                m.merge(w, l.bit, (a, b) -> a | b);
            }
        }
        return new WordTable(m);
    }

    private static long spacedBits() {
        long bits = 0;
        for (Language l : ALL) {
            bits |= Scripts.isCjk(l.script) ? 0 : l.bit;
        }
        return bits;
    }

    private static int maxSpacedLength() {
        int max = 0;
        for (Language l : ALL) {
            if (!Scripts.isCjk(l.script)) {
                for (String w : l.words) {
                    max = Math.max(max, w.length());
                }
            }
        }
        return max;
    }

    private static Map<UnicodeScript, List<Language>> byScript() {
        Map<UnicodeScript, List<Language>> m = new java.util.EnumMap<>(UnicodeScript.class);
        for (Language l : ALL) {
            m.computeIfAbsent(l.script, k -> new ArrayList<>()).add(l);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return m;
    }

    /** The shipped languages written in {@code script}, in the order of {@code languages.txt}. */
    static List<Language> of(UnicodeScript script) {
        return BY_SCRIPT.getOrDefault(script, List.of());
    }

    /** Position in {@link #all()}; -1 for {@link #UNKNOWN}. */
    int index() {
        return Long.numberOfTrailingZeros(bit) == 64 ? -1 : Long.numberOfTrailingZeros(bit);
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

    /**
     * Share of stopwords among the tokens of {@code s}; 0 when it has none. A long text is judged by
     * its first {@value #SHARE_CHARS} chars, plenty for a share.
     */
    public double share(String s) {
        if (this == UNKNOWN) {
            return 0;
        }
        char[] a = Lower.prefix(s, SHARE_CHARS);
        return share(a, a.length);
    }

    /** {@link #share(String)} of a text already lower-cased char for char ({@link Lower#inPlace}). */
    double share(char[] lower) {
        if (this == UNKNOWN) {
            return 0;
        }
        return share(lower, Math.min(SHARE_CHARS, lower.length));
    }

    private double share(char[] a, int n) {
        long c = Scripts.isCjk(script) ? countChars(a, n) : countTokens(a, n);
        int hits = (int) (c >>> 32);
        int tokens = (int) c;
        return tokens == 0 ? 0 : (double) hits / tokens;
    }

    /** Letters of {@code a} and those among them that are stopword characters, as {@code hits << 32 | letters}. */
    private long countChars(char[] a, int n) {
        int hits = 0;
        int letters = 0;
        for (int i = 0; i < n; ) {
            int cp = Character.codePointAt(a, i, n);
            i += Character.charCount(cp);
            if (Lower.isLetter(cp)) {
                letters++;
                if (chars.get(cp)) {
                    hits++;
                }
            }
        }
        return (long) hits << 32 | letters;
    }

    /**
     * Tokens of the lower-cased {@code a} (letters and digits, with combining marks inside) and the
     * stopwords among them, as {@code hits << 32 | tokens}.
     */
    private long countTokens(char[] a, int n) {
        int hits = 0;
        int tokens = 0;
        int i = 0;
        while (i < n) {
            while (i < n && !Lower.isLetterOrDigit(a[i])) {
                i++;
            }
            int start = i;
            int h = 0;
            while (i < n && (Lower.isLetterOrDigit(a[i]) || isMark(a[i]))) {
                h = 31 * h + a[i];
                i++;
            }
            if (i > start) {
                tokens++;
                if (i - start <= MAX_STOPWORD_LENGTH && (WORDS.get(a, start, i, h) & bit) != 0
                        || !suffixes.isEmpty() && hasSuffix(a, start, i)) {
                    hits++;
                }
            }
        }
        return (long) hits << 32 | tokens;
    }

    /** A combining mark inside a word (Arabic harakat, Devanagari signs) keeps the word together. */
    private static boolean isMark(char c) {
        if (c < 0x300) {
            return false;
        }
        return Lower.isMark(c);
    }

    private boolean hasSuffix(char[] a, int start, int end) {
        for (String suf : suffixes) {
            int k = suf.length();
            if (end - start > k) {
                int j = 0;
                while (j < k && a[end - k + j] == suf.charAt(j)) {
                    j++;
                }
                if (j == k) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the lower-cased token is a stopword of this language. */
    public boolean isStopword(String token) {
        return words.contains(token);
    }

    /**
     * True when the lower-cased token {@code a[from, to)} is a stopword of this language;
     * {@code rawHash} is its chars summed as {@code h = 31 * h + c} ({@link WordTable#get}).
     */
    boolean isStopword(char[] a, int from, int to, int rawHash) {
        return (WORDS.get(a, from, to, rawHash) & bit) != 0;
    }

    /**
     * The shipped language of {@code script} whose stopwords cover the most of {@code sample}, or
     * {@link #UNKNOWN} when none covers any. The sample is tokenised once for all candidates.
     */
    public static Language detect(UnicodeScript script, String sample) {
        List<Language> candidates = of(script);
        if (candidates.isEmpty()) {
            return UNKNOWN;
        }
        if (candidates.size() == 1) {
            return candidates.get(0).share(sample) > 0 ? candidates.get(0) : UNKNOWN;
        }
        int[] hits = new int[ALL.size()];
        addDetectionHits(sample, Scripts.isCjk(script), hits);
        return pick(candidates, hits);
    }

    /**
     * The candidate with the most hits (the first on a tie), or {@link #UNKNOWN} when none has any;
     * {@code hits} is indexed like {@link #all()}.
     */
    static Language pick(List<Language> candidates, int[] hits) {
        Language best = UNKNOWN;
        int max = 0;
        for (Language l : candidates) {
            if (hits[l.index()] > max) {
                max = hits[l.index()];
                best = l;
            }
        }
        return best;
    }

    /**
     * Adds the detection hits of {@code text} per language (indexed like {@link #all()}): for
     * Chinese and Japanese the chars that are stopword characters, else the lower-cased tokens of
     * letters and digits that are stopwords. Hits of a sample are the sum of the hits of its lines.
     */
    static void addDetectionHits(String text, boolean cjk, int[] hits) {
        if (cjk) {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                for (Language l : CJK) {
                    if (l.chars.get(cp)) {
                        hits[l.index()]++;
                    }
                }
            }
            return;
        }
        char[] a = Lower.prefix(text, Integer.MAX_VALUE);
        addSpacedHits(a, a.length, hits);
    }

    /** The spaced-script half of {@link #addDetectionHits}, over lower-cased {@code a[0, n)}. */
    static void addSpacedHits(char[] a, int n, int[] hits) {
        int i = 0;
        while (i < n) {
            while (i < n && !Lower.isLetterOrDigit(a[i])) {
                i++;
            }
            int start = i;
            int h = 0;
            while (i < n && Lower.isLetterOrDigit(a[i])) {
                h = 31 * h + a[i];
                i++;
            }
            if (i > start && i - start <= MAX_STOPWORD_LENGTH) {
                for (long m = WORDS.get(a, start, i, h) & SPACED; m != 0; m &= m - 1) {
                    hits[Long.numberOfTrailingZeros(m)]++;
                }
            }
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
