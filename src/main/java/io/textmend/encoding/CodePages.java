package io.textmend.encoding;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * textmend's own lookup of charsets and code-page tables. Nothing is registered with the JDK (a
 * registered {@code CharsetProvider} is invisible under child class loaders, as in Spark): callers
 * ask here.
 *
 * <p>Thread-safe: the tables are built once, when this class is initialised, and never change.
 */
public final class CodePages {

    /** The single-byte code pages, by the name textmend reports. */
    private static final Map<String, SingleByteCodePage> SINGLE_BYTE = buildSingleByte();

    /** Aliases people and pages use, to the name textmend reports (the most general one). */
    private static final Map<String, String> ALIASES = buildAliases();

    private CodePages() {
    }

    private static Map<String, SingleByteCodePage> buildSingleByte() {
        Map<String, SingleByteCodePage> m = new LinkedHashMap<>();
        String[][] names = {
            {"windows-1252", "windows-1252"}, {"iso-8859-1", "ISO-8859-1"},
            {"windows-1250", "windows-1250"}, {"windows-1251", "windows-1251"},
            {"windows-1253", "windows-1253"}, {"windows-1254", "windows-1254"},
            {"windows-1255", "windows-1255"}, {"windows-1256", "windows-1256"},
            {"windows-1257", "windows-1257"}, {"windows-1258", "windows-1258"},
            {"windows-874", "x-windows-874"}, {"iso-8859-2", "ISO-8859-2"},
            {"iso-8859-3", "ISO-8859-3"}, {"iso-8859-4", "ISO-8859-4"},
            {"iso-8859-5", "ISO-8859-5"}, {"iso-8859-6", "ISO-8859-6"},
            {"iso-8859-7", "ISO-8859-7"}, {"iso-8859-8", "ISO-8859-8"},
            {"iso-8859-9", "ISO-8859-9"}, {"iso-8859-11", "x-iso-8859-11"},
            {"iso-8859-13", "ISO-8859-13"}, {"iso-8859-15", "ISO-8859-15"},
            {"iso-8859-16", "ISO-8859-16"}, {"koi8-r", "KOI8-R"}, {"koi8-u", "KOI8-U"},
            {"ibm866", "IBM866"}, {"ibm437", "IBM437"}, {"ibm850", "IBM850"},
            {"ibm852", "IBM852"}, {"ibm855", "IBM855"}, {"ibm862", "IBM862"},
            {"ibm865", "IBM865"}, {"cp737", "x-IBM737"}, {"macintosh", "x-MacRoman"},
            {"mac-centraleurope", "x-MacCentralEurope"}, {"mac-cyrillic", "x-MacCyrillic"},
        };
        for (String[] n : names) {
            try {
                Charset cs = Charset.forName(n[1]);
                m.put(n[0], n[0].equals("iso-8859-1") ? SingleByteCodePage.latin1()
                        : SingleByteCodePage.sloppy(n[0], cs));
            } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
                // a JDK without this charset: the table is simply not offered
            }
        }
        for (String name : LanguageModels.lines("codepages/tables.txt")) {
            m.put(name, SingleByteCodePage.fromResource(name, "codepages/" + name + ".txt"));
        }
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, String> buildAliases() {
        Map<String, String> a = new LinkedHashMap<>();
        String[][] pairs = {
            {"utf8", "utf-8"}, {"us-ascii", "utf-8"}, {"ascii", "utf-8"}, {"ansi_x3.4-1968", "utf-8"},
            {"latin1", "windows-1252"}, {"latin-1", "windows-1252"}, {"iso-8859-1", "windows-1252"},
            {"iso8859-1", "windows-1252"}, {"iso_8859-1", "windows-1252"}, {"cp1252", "windows-1252"},
            {"l1", "windows-1252"}, {"gb2312", "gb18030"}, {"gbk", "gb18030"}, {"cp936", "gb18030"},
            {"x-gbk", "gb18030"}, {"euc-cn", "gb18030"}, {"x-mswin-936", "gb18030"}, {"windows-936", "gb18030"},
            {"big5", "big5"}, {"x-windows-950", "big5"}, {"cp950", "big5"}, {"big5-hkscs", "big5-hkscs"},
            {"shift_jis", "shift_jis"}, {"sjis", "shift_jis"}, {"x-sjis", "shift_jis"},
            {"windows-31j", "shift_jis"}, {"cp932", "shift_jis"}, {"ms932", "shift_jis"},
            {"euc-kr", "euc-kr"}, {"cp949", "euc-kr"}, {"uhc", "euc-kr"}, {"x-windows-949", "euc-kr"},
            {"ks_c_5601-1987", "euc-kr"}, {"euc-jp", "euc-jp"}, {"iso-2022-jp", "iso-2022-jp"},
            {"cp1250", "windows-1250"}, {"cp1251", "windows-1251"}, {"cp1253", "windows-1253"},
            {"cp1254", "windows-1254"}, {"cp1255", "windows-1255"}, {"cp1256", "windows-1256"},
            {"cp1257", "windows-1257"}, {"cp1258", "windows-1258"}, {"cp874", "windows-874"},
            {"tis-620", "windows-874"}, {"x-windows-874", "windows-874"}, {"iso-8859-11", "windows-874"},
            {"iso-8859-9", "windows-1254"}, {"macroman", "macintosh"}, {"x-mac-roman", "macintosh"},
            {"x-macroman", "macintosh"}, {"cp866", "ibm866"}, {"cp437", "ibm437"}, {"koi8r", "koi8-r"},
            {"koi8u", "koi8-u"}, {"latin6", "iso-8859-10"}, {"iso8859-10", "iso-8859-10"},
            {"iso_8859-10", "iso-8859-10"}, {"latin8", "iso-8859-14"}, {"iso_8859-14", "iso-8859-14"},
            {"csviscii", "viscii"}, {"ibm-852", "ibm852"}, {"cp852", "ibm852"}, {"cp855", "ibm855"},
            {"cp862", "ibm862"}, {"cp865", "ibm865"}, {"ibm737", "cp737"}, {"x-ibm737", "cp737"},
            {"x-maccentraleurope", "mac-centraleurope"}, {"x-mac-ce", "mac-centraleurope"},
            {"x-maccyrillic", "mac-cyrillic"}, {"x-mac-cyrillic", "mac-cyrillic"}, {"ks_c_5601", "euc-kr"},
            {"x-euc-tw", "euc-tw"}, {"cns11643", "euc-tw"}, {"x-johab", "johab"}, {"csiso2022jp", "iso-2022-jp"},
            {"csiso2022kr", "iso-2022-kr"}, {"utf-16", "utf-16"}, {"ucs-2", "utf-16"}, {"mac", "macintosh"},
        };
        for (String[] p : pairs) {
            a.put(p[0], p[1]);
        }
        return Collections.unmodifiableMap(a);
    }

    /** The sloppy single-byte table for a name or alias, if textmend has one. */
    public static Optional<SingleByteCodePage> singleByte(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        SingleByteCodePage p = SINGLE_BYTE.get(key);
        if (p == null) {
            p = SINGLE_BYTE.get(ALIASES.getOrDefault(key, key));
        }
        return Optional.ofNullable(p);
    }

    /** Every single-byte table textmend has, in a stable order. */
    public static Map<String, SingleByteCodePage> allSingleByte() {
        return SINGLE_BYTE;
    }

    /**
     * The most general name for a charset: GB2312 and GBK are reported as gb18030, ISO-8859-1 as
     * windows-1252, ASCII as utf-8. Unknown names come back lower-cased.
     */
    public static String canonicalName(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        if (key.startsWith("\"") || key.startsWith("'")) {
            key = key.substring(1);
        }
        if (key.endsWith("\"") || key.endsWith("'")) {
            key = key.substring(0, key.length() - 1);
        }
        return ALIASES.getOrDefault(key, key);
    }

    /**
     * Decodes with a charset by name through textmend's own lookup, never the JDK's registry
     * alone: single-byte charsets use the sloppy tables (undefined bytes keep their number), and
     * gb18030 reads a lone 0x80 as the euro sign, as cp936 does. Unreadable bytes become U+FFFD.
     *
     * @return the text, or empty when textmend does not know the charset
     */
    public static Optional<String> decode(String name, byte[] bytes, int off, int len) {
        if (name == null) {
            return Optional.empty();
        }
        String canon = canonicalName(name);
        Optional<SingleByteCodePage> sb = singleByte(canon);
        if (sb.isPresent()) {
            return Optional.of(sb.get().decode(bytes, off, len));
        }
        return jdkCharset(canon).map(cs -> SloppyMultiByte.decode(canon, cs, bytes, off, len));
    }

    /** Decodes all of {@code bytes}; see {@link #decode(String, byte[], int, int)}. */
    public static Optional<String> decode(String name, byte[] bytes) {
        return decode(name, bytes, 0, bytes.length);
    }

    /**
     * A JDK charset for a name, resolved through textmend's aliases to the decoder that reads
     * the widest set of bytes (gb18030 for all of GB2312/GBK, windows-31j for Shift_JIS, cp949
     * for EUC-KR, cp950 for Big5).
     */
    public static Optional<Charset> jdkCharset(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String canon = canonicalName(name);
        String jdk = switch (canon) {
            case "gb18030" -> "GB18030";
            case "shift_jis" -> "windows-31j";
            case "euc-kr" -> "x-windows-949";
            case "big5" -> "x-windows-950";
            case "windows-874" -> "x-windows-874";
            case "macintosh" -> "x-MacRoman";
            case "mac-centraleurope" -> "x-MacCentralEurope";
            case "mac-cyrillic" -> "x-MacCyrillic";
            case "cp737" -> "x-IBM737";
            case "euc-tw" -> "x-EUC-TW";
            case "johab" -> "x-Johab";
            default -> canon;
        };
        try {
            return Optional.of(Charset.forName(jdk));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
