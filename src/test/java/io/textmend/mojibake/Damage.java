package io.textmend.mojibake;

import io.textmend.encoding.CodePages;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The kinds of damage the generated suite inflicts on clean lines, each with the languages
 * (file names of multilingual-clean) it applies to. A damage returns null when it does not apply
 * to a line (not encodable in the legacy charset, or nothing changed).
 */
final class Damage {

    record Kind(String name, boolean lossy, Set<String> languages, UnaryOperator<String> damage) {
        boolean appliesTo(String lang) {
            return languages.isEmpty() || languages.contains(lang);
        }
    }

    static final Set<String> ALL = Set.of();
    static final Set<String> CENTRAL = Set.of("pl", "cs", "sk", "hr", "sl", "hu", "ro");
    static final Set<String> CYRILLIC = Set.of("ru", "uk", "bg", "sr-Cyrl", "be");
    static final Set<String> BALTIC = Set.of("lt", "lv", "et");
    static final Set<String> CHINESE = Set.of("zh-Hans", "zh-Hant", "yue");
    static final Set<String> CJK = Set.of("zh-Hans", "zh-Hant", "yue", "ja", "ko", "en");

    private Damage() {
    }

    static List<Kind> kinds() {
        List<Kind> k = new ArrayList<>();
        k.add(new Kind("utf-8 as windows-1252", false, ALL, s -> utf8As(s, "windows-1252")));
        k.add(new Kind("utf-8 as latin-1", false, ALL, s -> utf8As(s, "iso-8859-1")));
        k.add(new Kind("utf-8 as macroman", false, ALL, s -> utf8As(s, "macintosh")));
        k.add(new Kind("utf-8 as cp437", false, ALL, s -> utf8As(s, "ibm437")));
        k.add(new Kind("utf-8 as windows-1250", false, CENTRAL, s -> utf8As(s, "windows-1250")));
        k.add(new Kind("utf-8 as iso-8859-2", false, CENTRAL, s -> utf8As(s, "iso-8859-2")));
        k.add(new Kind("utf-8 as windows-1251", false, CYRILLIC, s -> utf8As(s, "windows-1251")));
        k.add(new Kind("utf-8 as koi8-r", false, Set.of("ru", "bg"), s -> utf8As(s, "koi8-r")));
        k.add(new Kind("utf-8 as koi8-u", false, Set.of("uk"), s -> utf8As(s, "koi8-u")));
        k.add(new Kind("utf-8 as windows-1253", false, Set.of("el"), s -> utf8As(s, "windows-1253")));
        k.add(new Kind("utf-8 as windows-1254", false, Set.of("tr"), s -> utf8As(s, "windows-1254")));
        k.add(new Kind("utf-8 as windows-1257", false, BALTIC, s -> utf8As(s, "windows-1257")));
        k.add(new Kind("utf-8 as gbk", false, CJK, s -> strict(utf8AsJdk(s, "x-mswin-936"))));
        k.add(new Kind("utf-8 as big5", false, Set.of("zh-Hant", "yue"), s -> strict(utf8AsJdk(s, "x-windows-950"))));
        k.add(new Kind("utf-8 as shift_jis", false, Set.of("ja"), s -> strict(utf8AsJdk(s, "windows-31j"))));
        k.add(new Kind("utf-8 as euc-kr", false, Set.of("ko"), s -> strict(utf8AsJdk(s, "x-windows-949"))));
        k.add(new Kind("utf-8 as windows-1252, twice", false, ALL,
                s -> {
                    String once = utf8As(s, "windows-1252");
                    return once == null ? null : utf8As(once, "windows-1252");
                }));
        k.add(new Kind("utf-8 as windows-1252, one span", false, ALL, Damage::partial));
        k.add(new Kind("windows-1251 as windows-1252", false, CYRILLIC, s -> legacy(s, "windows-1251", "windows-1252")));
        k.add(new Kind("koi8-r as windows-1251", false, Set.of("ru", "bg"), s -> legacy(s, "KOI8-R", "windows-1251")));
        k.add(new Kind("gbk as windows-1252", false, Set.of("zh-Hans"), s -> legacy(s, "x-mswin-936", "windows-1252")));
        k.add(new Kind("big5 as windows-1252", false, Set.of("zh-Hant", "yue"), s -> legacy(s, "x-windows-950", "windows-1252")));
        k.add(new Kind("shift_jis as windows-1252", false, Set.of("ja"), s -> legacy(s, "windows-31j", "windows-1252")));
        k.add(new Kind("euc-jp as windows-1252", false, Set.of("ja"), s -> legacy(s, "EUC-JP", "windows-1252")));
        k.add(new Kind("euc-kr as windows-1252", false, Set.of("ko"), s -> legacy(s, "x-windows-949", "windows-1252")));
        k.add(new Kind("windows-1250 as windows-1252", false, CENTRAL, s -> legacy(s, "windows-1250", "windows-1252")));
        k.add(new Kind("windows-1253 as windows-1252", false, Set.of("el"), s -> legacy(s, "windows-1253", "windows-1252")));
        k.add(new Kind("windows-1254 as windows-1252", false, Set.of("tr"), s -> legacy(s, "windows-1254", "windows-1252")));
        k.add(new Kind("windows-1255 as windows-1252", false, Set.of("he"), s -> legacy(s, "windows-1255", "windows-1252")));
        k.add(new Kind("windows-1256 as windows-1252", false, Set.of("ar", "fa", "ur"),
                s -> legacy(s, "windows-1256", "windows-1252")));
        k.add(new Kind("windows-874 as windows-1252", false, Set.of("th"), s -> legacy(s, "x-windows-874", "windows-1252")));
        k.add(new Kind("lossy: nbsp byte as space", true, ALL, s -> {
            String d = utf8As(s, "windows-1252");
            return d == null || d.indexOf('\u00A0') < 0 ? null : d.replace('\u00A0', ' ');
        }));
        k.add(new Kind("lossy: utf-8 as gbk, U+FFFD", true, CJK, s -> lossyOnly(utf8AsJdk(s, "x-mswin-936"))));
        k.add(new Kind("lossy: utf-8 as gbk, '?'", true, CJK, s -> {
            String d = lossyOnly(utf8AsJdk(s, "x-mswin-936"));
            return d == null || s.indexOf('?') >= 0 ? null : d.replace('\uFFFD', '?');
        }));
        k.add(new Kind("lossy: utf-8 as latin-1, C1 dropped", true, ALL, s -> {
            String d = utf8As(s, "iso-8859-1");
            return d == null ? null : changed(d, d.replaceAll("[\\u0080-\\u009F]", ""));
        }));
        return k;
    }

    static String utf8As(String s, String page) {
        String d = CodePages.singleByte(page).orElseThrow().decode(s.getBytes(StandardCharsets.UTF_8));
        return changed(s, d);
    }

    static String utf8AsJdk(String s, String jdk) {
        return changed(s, new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName(jdk)));
    }

    private static String strict(String d) {
        return d == null || d.indexOf('\uFFFD') >= 0 ? null : d;
    }

    private static String lossyOnly(String d) {
        return d == null || d.indexOf('\uFFFD') < 0 ? null : d;
    }

    private static String changed(String before, String after) {
        return after == null || after.equals(before) ? null : after;
    }

    /** The legacy bytes of {@code s} read with {@code wrong}; null when {@code s} is not encodable. */
    static String legacy(String s, String intended, String wrong) {
        try {
            ByteBuffer b = Charset.forName(intended).newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                    .onMalformedInput(CodingErrorAction.REPORT).encode(CharBuffer.wrap(s));
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            return changed(s, CodePages.singleByte(wrong).orElseThrow().decode(bytes));
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** One stretch of words in the middle of the line damaged (UTF-8 as windows-1252), the rest clean. */
    static String partial(String s) {
        int a = s.length() / 3;
        int b = 2 * s.length() / 3;
        while (a > 0 && s.charAt(a - 1) != ' ') {
            a--;
        }
        while (b < s.length() && s.charAt(b) != ' ') {
            b++;
        }
        if (a >= b || Character.isLowSurrogate(s.charAt(a))) {
            return null;
        }
        String mid = utf8As(s.substring(a, b), "windows-1252");
        return mid == null || a == 0 && b == s.length() ? null : s.substring(0, a) + mid + s.substring(b);
    }
}
