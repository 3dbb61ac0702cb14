package io.textmend.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts scripts, styles, comments, {@code noscript} and inline SVG out of the markup before it is
 * parsed: they are never article text and are most of a modern page's bytes, so parsing gets
 * cheaper. The contents of {@code <script type="application/ld+json">} are kept aside as
 * structured-data evidence. One forward scan, linear in the input. Stateless.
 */
final class Prestrip {

    /**
     * The markup without the cut elements, and the JSON-LD blocks found. The markup is kept as the
     * chars it was copied into (or the input, when nothing was cut) and read by the parser from
     * there: making a String of them would copy them again, after a failed try at Latin-1.
     */
    static final class Result {
        private final String original;
        private final char[] chars;
        private final int length;
        private final List<String> jsonLd;

        private Result(String original, char[] chars, int length, List<String> jsonLd) {
            this.original = original;
            this.chars = chars;
            this.length = length;
            this.jsonLd = jsonLd;
        }

        /** The markup's length in chars. */
        int length() {
            return length;
        }

        /** A reader of the markup. */
        java.io.Reader reader() {
            return chars == null ? new java.io.StringReader(original) : new java.io.CharArrayReader(chars, 0, length);
        }

        /** The markup as a String (a copy). */
        String html() {
            return chars == null ? original : new String(chars, 0, length);
        }

        List<String> jsonLd() {
            return jsonLd;
        }
    }

    private static final String[] CUT = {"script", "style", "noscript", "svg", "template"};

    private Prestrip() {
    }

    static Result strip(String html) {
        // first the cuts, as [start, end) pairs; then the kept runs, copied in bulk into one array
        // of the exact size, with one space for each cut
        int[] cuts = new int[32];
        int n = 0;
        int kept = html.length();
        List<String> jsonLd = new ArrayList<>(2);
        int i = html.indexOf('<');
        while (i >= 0 && i < html.length() - 1) {
            int cutEnd = -1;
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                cutEnd = end < 0 ? html.length() : end + 3;
            } else {
                String name = cutName(html, i + 1);
                if (name != null) {
                    int openEnd = html.indexOf('>', i);
                    if (openEnd < 0) {
                        break;
                    }
                    int close = indexOfIgnoreCase(html, "</" + name, openEnd + 1);
                    if (close < 0) {
                        // an element that never closes: scripts and styles swallow the rest, as in a browser
                        cutEnd = name.equals("script") || name.equals("style") ? html.length() : -1;
                    } else {
                        int closeEnd = html.indexOf('>', close);
                        cutEnd = closeEnd < 0 ? html.length() : closeEnd + 1;
                        if (name.equals("script") && isJsonLd(html, i, openEnd)) {
                            jsonLd.add(html.substring(openEnd + 1, close));
                        }
                    }
                }
            }
            if (cutEnd > i) {
                if (n == cuts.length) {
                    cuts = java.util.Arrays.copyOf(cuts, n * 2);
                }
                cuts[n++] = i;
                cuts[n++] = cutEnd;
                kept -= cutEnd - i - 1;
                i = html.indexOf('<', cutEnd);
            } else {
                i = html.indexOf('<', i + 1);
            }
        }
        if (n == 0) {
            return new Result(html, null, html.length(), jsonLd);
        }
        char[] out = new char[kept];
        int length = 0;
        int copied = 0;
        for (int k = 0; k < n; k += 2) {
            html.getChars(copied, cuts[k], out, length);
            length += cuts[k] - copied;
            out[length++] = ' ';
            copied = cuts[k + 1];
        }
        html.getChars(copied, html.length(), out, length);
        return new Result(null, out, kept, jsonLd);
    }

    /** The cut element's name when one starts at {@code at} (just after '<'), else null. */
    private static String cutName(String html, int at) {
        char first = (char) (html.charAt(at) | 0x20);
        if (first != 's' && first != 'n' && first != 't') {
            return null;
        }
        for (String name : CUT) {
            int end = at + name.length();
            if (end < html.length() && html.regionMatches(true, at, name, 0, name.length())) {
                char c = html.charAt(end);
                if (c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                    return name;
                }
            }
        }
        return null;
    }

    private static boolean isJsonLd(String html, int start, int end) {
        return indexOfIgnoreCase(html.substring(start, end), "ld+json", 0) >= 0;
    }

    static int indexOfIgnoreCase(String s, String needle, int from) {
        char first = needle.charAt(0);
        int i = s.indexOf(first, from);
        while (i >= 0) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
            i = s.indexOf(first, i + 1);
        }
        return -1;
    }
}
