package io.textmend.boilerplate;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A text cut into blocks, with the features filters look at. Immutable once built.
 */
public final class TextDocument {

    private final String text;
    private final List<Block> blocks;
    private final List<String> normalized;
    private final UnicodeScript script;
    private final int[] words;
    private final int bodyStart;
    private final int bodyEnd;

    private TextDocument(String text, List<Block> blocks) {
        this.text = text;
        this.blocks = List.copyOf(blocks);
        List<String> norm = new ArrayList<>(blocks.size());
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        words = new int[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            String t = blocks.get(i).text();
            norm.add(normalize(t));
            Scripts.count(t, counts);
            words[i] = Scripts.wordCount(t);
        }
        this.normalized = List.copyOf(norm);
        this.script = Scripts.top(counts);
        int[] body = findBody();
        this.bodyStart = body[0];
        this.bodyEnd = body[1];
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
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                blocks.add(Block.plain(blocks.size(), text.substring(s, e), s, e));
            }
            i = nl < 0 ? n : nl + 1;
        }
        return new TextDocument(text, blocks);
    }

    /** A document of blocks that were already cut (for example from HTML). */
    public static TextDocument ofBlocks(String text, List<Block> blocks) {
        return new TextDocument(text, blocks);
    }

    /** Lower case (root locale), whitespace collapsed, edge punctuation trimmed. */
    public static String normalize(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        int a = 0;
        int b = t.length();
        while (a < b && isEdgePunct(t.charAt(a))) {
            a++;
        }
        while (b > a && isEdgePunct(t.charAt(b - 1))) {
            b--;
        }
        return t.substring(a, b).strip();
    }

    private static boolean isEdgePunct(char c) {
        return c == ':' || c == '|' || c == '-' || c == '–' || c == '—' || c == '>' || c == '»' || c == '•'
                || c == '·' || c == '.' || c == '…' || c == '!' || c == '*' || c == ' ' || c == '#';
    }

    /**
     * The body: the stretch from the first to the last block that reads like prose (long, with
     * sentence punctuation). Header zone is before it, footer zone after it.
     */
    private int[] findBody() {
        int first = -1;
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (isProse(i)) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return new int[] {0, blocks.size()};
        }
        return new int[] {first, last + 1};
    }

    /** True when block {@code i} reads like a sentence of running text. */
    public boolean isProse(int i) {
        String t = blocks.get(i).text();
        int w = words[i];
        boolean cjk = Scripts.isCjk(Scripts.fold(Scripts.dominant(t)));
        int min = cjk ? 25 : 12;
        return w >= min && hasSentenceEnd(t);
    }

    static boolean hasSentenceEnd(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？' || c == '؟' || c == '।') {
                return true;
            }
        }
        return false;
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

    public String normalized(int i) {
        return normalized.get(i);
    }

    public int words(int i) {
        return words[i];
    }

    /** The script most of the document's letters are in. */
    public UnicodeScript script() {
        return script;
    }

    /** Index of the first body block. */
    public int bodyStart() {
        return bodyStart;
    }

    /** Index after the last body block. */
    public int bodyEnd() {
        return bodyEnd;
    }
}
