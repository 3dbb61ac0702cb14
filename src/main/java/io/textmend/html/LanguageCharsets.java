package io.textmend.html;

import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's declared language as evidence for its charset, as browsers fall back on the locale's
 * legacy code page when a page declares none (or a false one): {@code <html lang="ar">} with bytes
 * that are not UTF-8 is most likely windows-1256. Also says which scripts a language is written
 * in, to check a decoding against. Immutable tables; thread-safe.
 */
public final class LanguageCharsets {

    private static final Pattern HTML_LANG = Pattern.compile("<html\\b[^>]{0,300}?\\blang\\s*=\\s*[\"']?([A-Za-z-]{2,12})",
            Pattern.CASE_INSENSITIVE);

    /** Primary language subtag to the legacy charset pages in it were most often written in. */
    private static final Map<String, String> LEGACY = Map.ofEntries(
            Map.entry("ar", "windows-1256"), Map.entry("fa", "windows-1256"), Map.entry("ur", "windows-1256"),
            Map.entry("ru", "windows-1251"), Map.entry("uk", "windows-1251"), Map.entry("bg", "windows-1251"),
            Map.entry("be", "windows-1251"), Map.entry("sr", "windows-1251"), Map.entry("mk", "windows-1251"),
            Map.entry("kk", "windows-1251"), Map.entry("he", "windows-1255"), Map.entry("iw", "windows-1255"),
            Map.entry("el", "windows-1253"), Map.entry("tr", "windows-1254"), Map.entry("th", "x-windows-874"),
            Map.entry("vi", "windows-1258"), Map.entry("ja", "Shift_JIS"), Map.entry("ko", "EUC-KR"),
            Map.entry("zh", "GB18030"), Map.entry("pl", "windows-1250"), Map.entry("cs", "windows-1250"),
            Map.entry("sk", "windows-1250"), Map.entry("hu", "windows-1250"), Map.entry("hr", "windows-1250"),
            Map.entry("sl", "windows-1250"), Map.entry("ro", "windows-1250"), Map.entry("lt", "windows-1257"),
            Map.entry("lv", "windows-1257"), Map.entry("et", "windows-1257"));

    private static final Map<String, Set<UnicodeScript>> SCRIPTS = Map.ofEntries(
            Map.entry("ar", EnumSet.of(UnicodeScript.ARABIC)), Map.entry("fa", EnumSet.of(UnicodeScript.ARABIC)),
            Map.entry("ur", EnumSet.of(UnicodeScript.ARABIC)), Map.entry("ru", EnumSet.of(UnicodeScript.CYRILLIC)),
            Map.entry("uk", EnumSet.of(UnicodeScript.CYRILLIC)), Map.entry("bg", EnumSet.of(UnicodeScript.CYRILLIC)),
            Map.entry("be", EnumSet.of(UnicodeScript.CYRILLIC)), Map.entry("sr", EnumSet.of(UnicodeScript.CYRILLIC)),
            Map.entry("mk", EnumSet.of(UnicodeScript.CYRILLIC)), Map.entry("kk", EnumSet.of(UnicodeScript.CYRILLIC)),
            Map.entry("he", EnumSet.of(UnicodeScript.HEBREW)), Map.entry("iw", EnumSet.of(UnicodeScript.HEBREW)),
            Map.entry("el", EnumSet.of(UnicodeScript.GREEK)), Map.entry("th", EnumSet.of(UnicodeScript.THAI)),
            Map.entry("ja", EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA)),
            Map.entry("ko", EnumSet.of(UnicodeScript.HANGUL, UnicodeScript.HAN)),
            Map.entry("zh", EnumSet.of(UnicodeScript.HAN)));

    private LanguageCharsets() {
    }

    /** The primary subtag of the {@code <html lang>} in the first 4 KB of the bytes, lower case, or "". */
    public static String declaredLanguage(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = HTML_LANG.matcher(head);
        if (!m.find()) {
            return "";
        }
        String tag = m.group(1).toLowerCase(Locale.ROOT);
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    /** The legacy charset of a language (primary subtag), or null when there is none to guess. */
    public static String legacyCharset(String language) {
        return LEGACY.get(language);
    }

    /**
     * How well a text fits a language's scripts: the share of its non-ASCII letters in them, 0 to 1;
     * -1 when the language's scripts are not known or the text has no non-ASCII letters.
     */
    public static double scriptFit(String text, String language) {
        Set<UnicodeScript> want = SCRIPTS.get(language);
        if (want == null) {
            return -1;
        }
        int fit = 0;
        int all = 0;
        int limit = Math.min(text.length(), 200_000);
        for (int i = 0; i < limit; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80 || !Character.isLetter(cp)) {
                continue;
            }
            all++;
            if (want.contains(UnicodeScript.of(cp))) {
                fit++;
            }
        }
        return all == 0 ? -1 : fit / (double) all;
    }
}
