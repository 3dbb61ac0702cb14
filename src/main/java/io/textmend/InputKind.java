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

    /** This many tags make a text HTML. */
    static final int MIN_TAGS = 6;

    private static final Set<String> ELEMENTS = loadElements();

    /**
     * Sniffs text: HTML when it holds at least {@value #MIN_TAGS} tags anywhere. A tag is {@code <name}
     * or {@code </name} (an HTML element name, followed by {@code >}, {@code /}, white space or the
     * end), {@code <!doctype} or {@code <!--}.
     *
     * <p>The decision is a count over the whole text, so that it is stable under cleaning: cleaning plain
     * text removes lines and characters, which can only lower the count (a prefix rule, or a tag density,
     * changed its verdict when lines were removed, and {@code clean(clean(x))} took the other path).
     * Control characters that cleaning deletes are skipped here as if already gone, and cleaning never
     * unescapes a character reference into a tag. A plain text that mentions a tag or two stays text;
     * a snippet of fewer tags needs {@code --html}.
     */
    public static InputKind sniff(String text) {
        int tags = 0;
        int lt = text.indexOf('<');
        while (lt >= 0) {
            if (isTag(text, lt) && ++tags >= MIN_TAGS) {
                return HTML;
            }
            lt = text.indexOf('<', lt + 1);
        }
        return TEXT;
    }

    /** Whether a tag starts at {@code lt}, reading past characters that cleaning removes. */
    private static boolean isTag(String s, int lt) {
        int i = next(s, lt + 1);
        if (i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        if (c == '!') {
            i = next(s, i + 1);
            if (i < s.length() && s.charAt(i) == '-') {
                i = next(s, i + 1);
                return i < s.length() && s.charAt(i) == '-';
            }
            return matchesWord(s, i, "doctype");
        }
        if (c == '/') {
            i = next(s, i + 1);
        }
        StringBuilder name = new StringBuilder(12);
        while (i < s.length() && isAsciiAlnum(s.charAt(i)) && name.length() <= 10) {
            name.append(Character.toLowerCase(s.charAt(i)));
            i = next(s, i + 1);
        }
        if (name.length() == 0 || name.length() > 10 || !isAsciiLetter(name.charAt(0))) {
            return false;
        }
        if (i < s.length()) {
            char after = s.charAt(i);
            if (after != '>' && after != '/' && after != ' ' && after != '\t' && after != '\n' && after != '\r'
                    && after != '\f') {
                return false;
            }
        }
        return ELEMENTS.contains(name.toString());
    }

    private static boolean matchesWord(String s, int i, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (i >= s.length() || Character.toLowerCase(s.charAt(i)) != word.charAt(k)) {
                return false;
            }
            i = next(s, i + 1);
        }
        return true;
    }

    /** The first index at or after {@code i} of a character that cleaning keeps. */
    private static int next(String s, int i) {
        while (i < s.length() && io.textmend.mojibake.ControlChars.isRemovable(s.charAt(i))) {
            i++;
        }
        return i;
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
