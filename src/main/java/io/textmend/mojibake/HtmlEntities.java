package io.textmend.mojibake;

import io.textmend.Change;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * HTML character references left in text ({@code &amp;}, {@code &eacute;}, {@code &#8217;},
 * {@code &#x2019;}) become the characters they stand for. Only references terminated by
 * {@code ;} are decoded, so that text such as {@code AT&T} or a URL's {@code &copy=1} is safe.
 * Off in {@code fix}: HTML input keeps its markup there. A {@code &lt;} that would start a tag
 * ({@code &lt;p&gt;}) stays escaped, so that unescaping never turns text into markup.
 */
final class HtmlEntities implements FixStep {

    private static final Map<String, String> NAMED = load();
    private static final int MAX_NAME = 32;

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = HtmlEntities.class.getResourceAsStream("html-entities.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource html-entities.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                StringBuilder v = new StringBuilder();
                for (String cp : line.substring(tab + 1).split(" ")) {
                    v.appendCodePoint(Integer.parseInt(cp, 16));
                }
                m.put(line.substring(0, tab), v.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }

    @Override
    public String name() {
        return FixSteps.UNESCAPE_HTML;
    }

    @Override
    public String apply(String text, List<Change> changes) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder sb = null;
        int copied = 0;
        while (amp >= 0) {
            int semi = -1;
            int limit = Math.min(text.length(), amp + MAX_NAME + 2);
            for (int j = amp + 1; j < limit; j++) {
                char c = text.charAt(j);
                if (c == ';') {
                    semi = j;
                    break;
                }
                if (!(Character.isLetterOrDigit(c) || c == '#') || c > 0x7F) {
                    break;
                }
            }
            String value = semi > amp + 1 ? resolve(text.substring(amp + 1, semi)) : null;
            if (value != null && !makesTag(value, sb, text, copied, amp, semi + 1)) {
                if (sb == null) {
                    sb = new StringBuilder(text.length());
                }
                sb.append(text, copied, amp).append(value);
                changes.add(new Change("hygiene", name(), amp, semi + 1, text.substring(amp, semi + 1), value,
                        "HTML character reference"));
                copied = semi + 1;
                amp = text.indexOf('&', semi + 1);
            } else {
                amp = text.indexOf('&', amp + 1);
            }
        }
        if (sb == null) {
            return text;
        }
        return sb.append(text, copied, text.length()).toString();
    }

    /**
     * Whether decoding a reference to {@code value} would make a tag start: a {@code <} before a letter,
     * {@code /}, {@code !} or {@code ?}, or one of those right after a {@code <} (in the output so far).
     */
    private static boolean makesTag(String value, StringBuilder sb, String text, int copied, int amp, int after) {
        if (value.equals("<")) {
            return startsMarkup(text, after);
        }
        char before;
        if (amp > copied) {
            before = text.charAt(amp - 1);
        } else if (sb != null && sb.length() > 0) {
            before = sb.charAt(sb.length() - 1);
        } else {
            return false;
        }
        return before == '<' && startsMarkup(value, 0);
    }

    /**
     * Whether a {@code <} decoded before {@code text[at]} would start a tag ({@code <p}, {@code </},
     * {@code <!}, {@code <?}). Such a reference stays escaped: unescaping must never turn text into
     * markup, or cleaning the cleaned text would take it for HTML.
     */
    private static boolean startsMarkup(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!' || c == '?';
    }

    private static String resolve(String ref) {
        if (ref.charAt(0) != '#') {
            return NAMED.get(ref);
        }
        try {
            int cp = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X')
                    ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
            if (cp >= 0x80 && cp <= 0x9F) {
                // browsers read these as windows-1252, as the HTML standard says
                byte[] b = {(byte) cp};
                return new String(b, java.nio.charset.Charset.forName("windows-1252"));
            }
            if (cp <= 0 || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
                return "\uFFFD";
            }
            return new String(Character.toChars(cp));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
