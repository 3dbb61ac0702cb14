package io.textmend;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** What kind of document an input is. */
public enum InputKind {
    /** Decide from the content. */
    AUTO,
    /** Plain text, possibly with boilerplate lines. */
    TEXT,
    /** An HTML page. */
    HTML;

    /** At least this many tags make a text HTML (when they are also dense enough). */
    static final int MIN_TAGS = 4;
    /** This many tags make any text HTML, whatever its length. */
    static final int ENOUGH_TAGS = 64;
    /** Below {@link #ENOUGH_TAGS}, at least one tag per this many chars is needed. */
    static final int CHARS_PER_TAG = 256;

    private static final Set<String> ELEMENTS = loadElements();

    /**
     * Sniffs text: HTML when it holds markup, counted over the whole text. A tag is {@code <name},
     * {@code </name} (an HTML element name, followed by {@code >}, {@code /} or whitespace),
     * {@code <!doctype} or {@code <!--}. The text is HTML with at least {@value #ENOUGH_TAGS} tags, or
     * with at least {@value #MIN_TAGS} tags and one tag per {@value #CHARS_PER_TAG} chars.
     *
     * <p>The decision looks at the whole text, not at its start, so that it is stable under cleaning:
     * cleaning plain text removes lines, which can only lower the tag count, and never brings markup that
     * was further down to the top. (A prefix rule made {@code clean(clean(x))} differ from
     * {@code clean(x)} when a page's first lines were prose.) A plain text that mentions a tag or two
     * stays text.
     */
    public static InputKind sniff(String text) {
        int tags = 0;
        int n = text.length();
        int lt = text.indexOf('<');
        while (lt >= 0 && lt + 1 < n) {
            int end = tagEnd(text, lt);
            if (end > 0) {
                tags++;
                if (tags >= ENOUGH_TAGS) {
                    return HTML;
                }
            }
            lt = text.indexOf('<', lt + 1);
        }
        return tags >= MIN_TAGS && (long) tags * CHARS_PER_TAG >= n ? HTML : TEXT;
    }

    /** The index after a tag's name when a tag starts at {@code lt}, else -1. */
    private static int tagEnd(String s, int lt) {
        int n = s.length();
        int i = lt + 1;
        char c = s.charAt(i);
        if (c == '!') {
            if (s.startsWith("--", i + 1)) {
                return i + 3;
            }
            return s.regionMatches(true, i + 1, "doctype", 0, 7) ? i + 8 : -1;
        }
        if (c == '/') {
            i++;
        }
        int start = i;
        while (i < n && i - start <= 10 && isAsciiAlnum(s.charAt(i))) {
            i++;
        }
        if (i == start || i - start > 10 || !isAsciiLetter(s.charAt(start))) {
            return -1;
        }
        if (i < n) {
            char after = s.charAt(i);
            if (after != '>' && after != '/' && after != ' ' && after != '\t' && after != '\n' && after != '\r') {
                return -1;
            }
        }
        return ELEMENTS.contains(s.substring(start, i).toLowerCase(Locale.ROOT)) ? i : -1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiAlnum(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9';
    }

    private static Set<String> loadElements() {
        Set<String> names = new HashSet<>();
        try (InputStream in = InputKind.class.getResourceAsStream("html-element-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/textmend/html-element-names.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) {
                    continue;
                }
                for (String w : line.trim().split("\\s+")) {
                    if (!w.isEmpty()) {
                        names.add(w);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
