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

    /** The markup without the cut elements, and the JSON-LD blocks found. */
    record Result(String html, List<String> jsonLd) {
    }

    private static final String[] CUT = {"script", "style", "noscript", "svg", "template"};

    private Prestrip() {
    }

    static Result strip(String html) {
        // the kept runs are copied in bulk (String.getChars) into one array; a StringBuilder copies
        // a UTF-16 string char by char
        char[] out = null;
        int length = 0;
        List<String> jsonLd = new ArrayList<>(2);
        int copied = 0;
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
                if (out == null) {
                    out = new char[html.length()];
                }
                html.getChars(copied, i, out, length);
                length += i - copied;
                out[length++] = ' ';
                copied = cutEnd;
                i = html.indexOf('<', cutEnd);
            } else {
                i = html.indexOf('<', i + 1);
            }
        }
        if (out == null) {
            return new Result(html, jsonLd);
        }
        html.getChars(copied, html.length(), out, length);
        length += html.length() - copied;
        return new Result(new String(out, 0, length), jsonLd);
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
