package io.textmend.boilerplate;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A text cut into blocks, with the features filters look at, all computed once when the document
 * is built: words (counted per script), sentence ends, stopword share for the detected language,
 * title-case share, separators, repetition, the block's script against the document's, and the
 * zones (header before the first prose block, footer after the last). Immutable and thread-safe.
 */
public final class TextDocument {

    private static final int SAMPLE_CHARS = 1_500;

    private final String text;
    private final List<Block> blocks;
    private final BlockScan[] scans;
    private final String[] normalized;
    private final UnicodeScript[] scripts;
    private final int[] words;
    private final int[] sentences;
    private final int[] separators;
    private final double[] titleCase;
    private final double[] stopwords;
    private final boolean[] endsSentence;
    /** Made when first asked for: no filter needs it, and hashing every block costs a pass over the text. */
    private volatile int[] repeats;
    private final boolean[] prose;
    private final UnicodeScript script;
    private final Language language;
    private final int bodyStart;
    private final int bodyEnd;

    private TextDocument(String text, List<Block> blocks) {
        this(text, blocks, new BlockScan[blocks.size()]);
    }

    /** Builds the document; {@code scans} may hold features already computed (null: compute). */
    private TextDocument(String text, List<Block> blocks, BlockScan[] scans) {
        this.text = text;
        this.blocks = List.copyOf(blocks);
        int n = blocks.size();
        this.scans = scans;
        normalized = new String[n];
        scripts = new UnicodeScript[n];
        words = new int[n];
        sentences = new int[n];
        separators = new int[n];
        titleCase = new double[n];
        stopwords = new double[n];
        endsSentence = new boolean[n];
        prose = new boolean[n];
        int[] docCounts = new int[Scripts.SCRIPTS];
        BlockScan.Scratch scratch = null;
        for (int i = 0; i < n; i++) {
            if (scans[i] == null) {
                scratch = scratch == null ? new BlockScan.Scratch() : scratch;
                scans[i] = BlockScan.of(blocks.get(i).text(), scratch);
            }
            BlockScan s = scans[i];
            normalized[i] = s.normalized;
            docCounts[s.script.ordinal()] += s.scriptLetters;
            scripts[i] = s.script;
            words[i] = s.words;
            sentences[i] = s.sentences;
            separators[i] = s.separators;
            titleCase[i] = s.words == 0 ? 0 : (double) s.capitalised / s.words;
            endsSentence[i] = s.endsSentence;
        }
        script = Scripts.top(docCounts);
        // a subset detects its language afresh, as the stripped text will when it is stripped again:
        // keeping the parent's would make strip(strip(x)) differ from strip(x)
        language = detectLanguage();
        for (int i = 0; i < n; i++) {
            if (scripts[i] == script && words[i] >= 3 && (sentences[i] > 0 || endsSentence[i])) {
                stopwords[i] = scans[i].stopwordShare(language, blocks.get(i).text());
            }
            prose[i] = computeProse(i);
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            if (prose[i]) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        bodyStart = first < 0 ? 0 : first;
        bodyEnd = first < 0 ? n : last + 1;
    }

    /**
     * The language of the document's script whose stopwords cover the most of the sample: the
     * longer blocks in the document's script, then the shorter ones, up to {@value #SAMPLE_CHARS}
     * chars. The sample's hits are the sum of its blocks' hits, which each block keeps.
     */
    private Language detectLanguage() {
        List<Language> candidates = Language.of(script);
        if (candidates.isEmpty()) {
            return Language.UNKNOWN;
        }
        boolean cjk = Scripts.isCjk(script);
        int[] hits = new int[Language.all().size()];
        StringBuilder sample = candidates.size() == 1 ? new StringBuilder() : null;
        int length = 0;
        for (int pass = 0; pass < 2 && length < SAMPLE_CHARS; pass++) {
            for (int i = 0; i < blocks.size() && length < SAMPLE_CHARS; i++) {
                boolean longBlock = weight(i) >= 8;
                if (scripts[i] == script && (pass == 0) == longBlock) {
                    String t = blocks.get(i).text();
                    length += t.length() + 1;
                    if (sample != null) {
                        sample.append(t).append('\n');
                    } else {
                        int[] h = scans[i].detectionHits(cjk, t);
                        for (Language l : candidates) {
                            hits[l.index()] += h[l.index()];
                        }
                    }
                }
            }
        }
        if (sample != null) {
            return Language.detect(script, sample.toString());
        }
        return Language.pick(candidates, hits);
    }

    /** Cuts plain text into blocks, one per non-blank line. */
    public static TextDocument ofPlainText(String text) {
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? n : nl;
            int s = i;
            int e = end;
            while (s < e && Lower.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Lower.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                blocks.add(Block.plain(blocks.size(), text.substring(s, e), s, e));
            }
            i = nl < 0 ? n : nl + 1;
        }
        return new TextDocument(text, blocks);
    }

    /**
     * The document of the blocks at {@code keep} (ascending), renumbered, with new text for those
     * in {@code replaced}; features of unchanged blocks are reused, not recomputed.
     */
    TextDocument subset(List<Integer> keep, Map<Integer, String> replaced) {
        List<Block> kept = new ArrayList<>(keep.size());
        BlockScan[] sc = new BlockScan[keep.size()];
        for (int k = 0; k < keep.size(); k++) {
            int i = keep.get(k);
            Block b = blocks.get(i);
            String r = replaced.get(i);
            kept.add(new Block(k, r == null ? b.text() : r, b.start(), b.end(), b.tag(), b.linkDensity()));
            if (r == null) {
                sc[k] = scans[i];
            }
        }
        return new TextDocument(text, kept, sc);
    }

    /** A document of blocks that were already cut (for example from HTML). */
    public static TextDocument ofBlocks(String text, List<Block> blocks) {
        return new TextDocument(text, blocks);
    }

    /** Blocks longer than this are never matched against phrases, so they are only collapsed. */
    private static final int NORMALIZE_CHARS = 600;

    /**
     * The block's form for phrase matching and repetition: {@link #normalize}d, or for a block too
     * long for any phrase only its whitespace collapsed. {@code lower} is {@code t} lower-cased char
     * for char ({@link Lower#inPlace}), or null when it needs {@code String.toLowerCase}; {@code clean}
     * says that {@code t} has no whitespace at its ends and none but single spaces inside. {@code
     * lower} is not changed.
     */
    static String key(String t, char[] lower, boolean clean) {
        if (t.length() > NORMALIZE_CHARS) {
            return collapse(t);
        }
        if (lower == null) {
            return normalize(t);
        }
        return collapseAndTrim(clean ? lower : lower.clone(), t.length(), clean);
    }

    /** Lower case (root locale), whitespace collapsed, edge punctuation trimmed. */
    public static String normalize(String s) {
        int n = s.length();
        char[] a = new char[n];
        s.getChars(0, n, a, 0);
        // lower case char for char (String.toLowerCase when that could differ), and see in the same
        // pass whether collapse() would leave the text as it is: no whitespace at the ends and none
        // but single spaces inside (whitespace has no case, so the original chars tell)
        boolean clean = true;
        for (int i = 0; i < n; i++) {
            char c = a[i];
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    a[i] = (char) (c + 32);
                } else if (c <= ' ' && Lower.isWhitespace(c)
                        && (c != ' ' || i == 0 || i == n - 1 || Lower.isWhitespace(a[i + 1]))) {
                    clean = false;
                }
                continue;
            }
            int l = Lower.lowerChar(c);
            if (l < 0) {
                return normalizeSlow(s);
            }
            a[i] = (char) l;
            if (Character.isWhitespace(c)) {
                clean = false;
            }
        }
        return collapseAndTrim(a, n, clean);
    }

    /** {@link #normalize} for a text that String.toLowerCase must lower-case. */
    private static String normalizeSlow(String s) {
        char[] a = s.toLowerCase(Locale.ROOT).toCharArray();
        int n = a.length;
        boolean clean = n == 0 || !Character.isWhitespace(a[0]) && !Character.isWhitespace(a[n - 1]);
        for (int i = 0; i < n && clean; i++) {
            char c = a[i];
            if (Character.isWhitespace(c) && (c != ' ' || Character.isWhitespace(a[i + 1]))) {
                clean = false;
            }
        }
        return collapseAndTrim(a, n, clean);
    }

    /** collapse() on the lower-cased chars (nothing to do when {@code clean}), then the edge punctuation trimmed. */
    private static String collapseAndTrim(char[] a, int n, boolean clean) {
        if (!clean) {
            int w = 0;
            boolean space = false;
            for (int i = 0; i < n; i++) {
                char c = a[i];
                if (Lower.isWhitespace(c) || c == '\u00a0') {
                    space = w > 0;
                } else {
                    if (space) {
                        a[w++] = ' ';
                        space = false;
                    }
                    a[w++] = c;
                }
            }
            n = w;
        }
        int x = 0;
        int y = n;
        while (x < y && isEdgePunct(a[x])) {
            x++;
        }
        while (y > x && isEdgePunct(a[y - 1])) {
            y--;
        }
        return new String(a, x, y - x);
    }

    /** Runs of whitespace become one space; leading and trailing whitespace goes. */
    static String collapse(String s) {
        int n = s.length();
        boolean clean = n == 0 || !Character.isWhitespace(s.charAt(0)) && !Character.isWhitespace(s.charAt(n - 1));
        for (int i = 0; i < n && clean; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || Character.isWhitespace(s.charAt(i + 1)))) {
                clean = false;
            }
        }
        if (clean) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean isEdgePunct(char c) {
        return c == ':' || c == '|' || c == '-' || c == '–' || c == '—' || c == '>' || c == '»' || c == '•'
                || c == '·' || c == '.' || c == '…' || c == '!' || c == '*' || c == ' ' || c == '#' || c == '：'
                || c == '›' || c == '«' || c == '<' || c == '‹' || c == '/' || c == '»' || c == '→' || c == '▶'
                || c == '►' || c == '+' || c == '、' || c == '。' || c == '\u00a0';
    }

    /**
     * True when block {@code i} reads like running text: long enough for its script, with sentence
     * punctuation, a share of stopwords when the language is known, and not a row of capitalised
     * link words.
     */
    private boolean computeProse(int i) {
        if (weight(i) < (Scripts.isCjk(scripts[i]) ? 12 : 10) || sentences[i] == 0 && !endsSentence[i]) {
            return false;
        }
        if (blocks.get(i).linkDensity() > 0.5 || separators[i] >= 3) {
            return false;
        }
        if (language != Language.UNKNOWN && scripts[i] == script && stopwords[i] < minStopwordShare()) {
            return false;
        }
        return words[i] < 6 || titleCase[i] < 0.85;
    }

    /**
     * True when block {@code i} is a short sentence of running text: it ends like a sentence and, when
     * the language is known, has stopwords. A one-line quote, a short closing paragraph.
     */
    public boolean isSentence(int i) {
        if (!endsSentence[i] || weight(i) < 3 || separators[i] >= 2) {
            return false;
        }
        return language == Language.UNKNOWN || scripts[i] != script || stopwords[i] >= minStopwordShare();
    }

    private double minStopwordShare() {
        return Scripts.isCjk(language.script()) ? 0.04 : 0.10;
    }

    public String text() {
        return text;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public int size() {
        return blocks.size();
    }

    public Block block(int i) {
        return blocks.get(i);
    }

    /** Block {@code i} normalised (lower case, collapsed, edges trimmed); blocks over 600 chars only collapsed. */
    public String normalized(int i) {
        return normalized[i];
    }

    /** The phrase of {@code list} that block {@code i} matches whole, or null (computed once per block and list). */
    String match(int i, Phrases list) {
        return scans[i].match(list);
    }

    /** True when block {@code i} is a row of items of {@code list} ({@link Phrases#isRowOfItems}). */
    boolean isRowOfItems(int i, Phrases list) {
        return scans[i].isRowOfItems(list);
    }

    /** The distinct content terms of block {@code i} for the document's language ({@link Topic}). */
    Topic.Terms terms(int i) {
        return scans[i].terms(language, blocks.get(i).text());
    }

    /** Words of block {@code i}: whitespace-separated tokens, CJK characters one each. */
    public int words(int i) {
        return words[i];
    }

    /**
     * Words of block {@code i} in English-word units: CJK characters count half, as a Chinese or
     * Japanese word is about two characters, and Korean words one and a half, as particles and
     * endings are written onto them. Length thresholds use this.
     */
    public int weight(int i) {
        if (scripts[i] == UnicodeScript.HANGUL) {
            return words[i] * 3 / 2;
        }
        return Scripts.isCjk(scripts[i]) ? (words[i] + 1) / 2 : words[i];
    }

    /** Sentence ends inside or at the end of block {@code i}. */
    public int sentences(int i) {
        return sentences[i];
    }

    /** True when block {@code i} ends with sentence punctuation (quotes and brackets after it allowed). */
    public boolean endsSentence(int i) {
        return endsSentence[i];
    }

    /** Separators ({@code |}, {@code ·}, {@code •}, {@code >} or {@code /} between spaces...) in block {@code i}. */
    public int separators(int i) {
        return separators[i];
    }

    /** Share of block {@code i}'s words that start with a capital letter. */
    public double titleCase(int i) {
        return titleCase[i];
    }

    /** Share of block {@code i}'s tokens that are stopwords of the document's language. */
    public double stopwords(int i) {
        return stopwords[i];
    }

    /** How many blocks of the document have the same normalised text as block {@code i} (itself included). */
    public int repeats(int i) {
        int[] r = repeats;
        if (r == null) {
            Map<String, int[]> seen = new HashMap<>();
            int[][] count = new int[size()][];
            for (int k = 0; k < size(); k++) {
                count[k] = seen.computeIfAbsent(normalized[k], x -> new int[1]);
                count[k][0]++;
            }
            r = new int[size()];
            for (int k = 0; k < size(); k++) {
                r[k] = count[k][0];
            }
            repeats = r;
        }
        return r[i];
    }

    /** The script most of block {@code i}'s letters are in ({@code COMMON} when none). */
    public UnicodeScript script(int i) {
        return scripts[i];
    }

    /** True when block {@code i} reads like a sentence of running text. */
    public boolean isProse(int i) {
        return prose[i];
    }

    /** The script most of the document's letters are in. */
    public UnicodeScript script() {
        return script;
    }

    /** The language detected from the stopwords, or {@link Language#UNKNOWN}. */
    public Language language() {
        return language;
    }

    /** Index of the first prose block: the header zone is before it. */
    public int bodyStart() {
        return bodyStart;
    }

    /** Index after the last prose block: the footer zone starts there. */
    public int bodyEnd() {
        return bodyEnd;
    }

    /** True when block {@code i} is before the first or after the last prose block. */
    public boolean inEdgeZone(int i) {
        return i < bodyStart || i >= bodyEnd;
    }
}
