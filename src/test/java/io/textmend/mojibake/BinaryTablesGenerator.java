package io.textmend.mojibake;

import io.textmend.encoding.CodePages;
import io.textmend.encoding.SingleByteCodePage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Makes the precomputed tables {@link BinaryTables} reads at start-up, from their sources: the
 * per-char rules below (class, script, cost, letter-model token), {@code han-frequency.txt} and
 * the level-1 sets of the national CJK standards, textmend's single-byte code pages, the JDK's
 * double-byte charsets, the suspicion automaton's tables (built from those code pages), and
 * {@code letter-bigrams.txt}. {@code BinaryTablesTest} compares what this makes with the shipped
 * files; after changing any source, regenerate from the project root:
 * {@code java -cp target/test-classes:target/classes io.textmend.mojibake.BinaryTablesGenerator}.
 */
public final class BinaryTablesGenerator {

    static final Path RESOURCES = Path.of("src/main/resources/io/textmend/mojibake");

    /** The shipped resources, each with the bytes (before deflating) its sources give. */
    static Map<String, byte[]> all() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put(CharClass.RESOURCE, charClass());
        m.put(Codecs.SINGLE_BYTE_RESOURCE, singleBytePages());
        m.put(Codecs.DOUBLE_BYTE_RESOURCE, doubleBytePages());
        m.put(Suspicion.RESOURCE, suspicion());
        m.put(LetterModel.RESOURCE, letterModels());
        return m;
    }

    private BinaryTablesGenerator() {
    }

    public static void main(String[] args) throws IOException {
        for (Map.Entry<String, byte[]> e : all().entrySet()) {
            Path target = RESOURCES.resolve(e.getKey());
            Files.write(target, deflate(e.getValue()));
            System.out.printf("%s: %,d bytes, %,d deflated%n", target, e.getValue().length, Files.size(target));
        }
    }

    static byte[] deflate(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        try (OutputStream z = new DeflaterOutputStream(out, d)) {
            z.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            d.end();
        }
        return out.toByteArray();
    }

    /** A table writer: {@link BinaryTables#MAGIC}, then what is written. */
    private static final class Out {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final DataOutputStream out = new DataOutputStream(bytes);

        Out() {
            writeInt(BinaryTables.MAGIC);
        }

        void writeInt(int v) {
            try {
                out.writeInt(v);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void write(byte[] a) {
            bytes.writeBytes(a);
        }

        void write(char[] a) {
            try {
                for (char c : a) {
                    out.writeChar(c);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void write(int[] a) {
            for (int v : a) {
                writeInt(v);
            }
        }

        void write(long[] a) {
            try {
                for (long v : a) {
                    out.writeLong(v);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void write(float[] a) {
            for (float v : a) {
                writeInt(Float.floatToRawIntBits(v));
            }
        }

        void writeString(String s) {
            writeInt(s.length());
            write(s.toCharArray());
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }

    // ---------------------------------------------------------------- per-char classes and costs

    /** {@code char-class.bin}: class, script, cost and letter-model token of every BMP char. */
    static byte[] charClass() {
        byte[] cls = new byte[65536];
        byte[] script = new byte[65536];
        float[] cost = new float[65536];
        char[] token = new char[65536];
        computeCharClass(cls, script, cost, token);
        Out o = new Out();
        o.write(cls);
        o.write(script);
        o.write(cost);
        o.write(token);
        return o.toByteArray();
    }

    private static void computeCharClass(byte[] cls, byte[] script, float[] cost, char[] token) {
        for (int c = 0; c < 65536; c++) {
            cls[c] = classify(c);
            script[c] = script(c);
            cost[c] = baseCost(c);
            token[c] = token((char) c);
        }
        applyHanFrequency(cost);
    }

    /** The class table alone (for the suspicion tables). */
    private static byte[] classTable() {
        byte[] cls = new byte[65536];
        for (int c = 0; c < 65536; c++) {
            cls[c] = classify(c);
        }
        return cls;
    }

    private static byte classify(int c) {
        if (c == '\t' || c == '\n' || c == '\r' || c == ' ' || c == 0x3000 || c >= 0x2000 && c <= 0x200A) {
            return CharClass.SPACE;
        }
        if (c == 0xA0 || c == 0x202F) {
            return CharClass.NBSP;
        }
        if (c == 0xFFFD) {
            return CharClass.REPLACEMENT;
        }
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            return CharClass.CONTROL;
        }
        if (c >= '0' && c <= '9') {
            return CharClass.DIGIT;
        }
        if (c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D || c == 0x2039 || c == 0x203A
                || c == 0xAB || c == 0xBB) {
            return CharClass.QUOTE;
        }
        if (c >= 0xD800 && c <= 0xDFFF) {
            return CharClass.OTHER;
        }
        int type = Character.getType(c);
        switch (type) {
            case Character.LOWERCASE_LETTER:
                return c == 0xAA || c == 0xBA || c == 0x192 ? CharClass.SYMBOL : CharClass.LOWER; // ƒ is the florin sign
            case Character.UPPERCASE_LETTER:
            case Character.TITLECASE_LETTER:
                return CharClass.UPPER;
            case Character.OTHER_LETTER:
            case Character.MODIFIER_LETTER:
                return c == 0xAA || c == 0xBA ? CharClass.SYMBOL : CharClass.LETTER;
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.COMBINING_SPACING_MARK:
                return CharClass.MARK;
            case Character.DECIMAL_DIGIT_NUMBER:
                return CharClass.DIGIT;
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.CONNECTOR_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
                return c >= 0xA1 && c <= 0xBF || c == 0x2020 || c == 0x2021 || c == 0x2030
                        ? CharClass.SYMBOL : CharClass.PUNCT;
            case Character.UNASSIGNED:
            case Character.PRIVATE_USE:
            case Character.FORMAT:
            case Character.CONTROL:
                return CharClass.OTHER;
            default:
                return CharClass.SYMBOL;
        }
    }

    private static byte script(int c) {
        if (c < 0x80) {
            return Character.isLetter(c) ? CharClass.S_LATIN : CharClass.S_NONE;
        }
        if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
            return CharClass.S_NONE;
        }
        if (c >= 0x0591 && c <= 0x05C7) {
            return CharClass.S_HEBREW;
        }
        if (c >= 0x0610 && c <= 0x061A || c >= 0x064B && c <= 0x065F || c == 0x0670 || c >= 0x06D6 && c <= 0x06ED) {
            return CharClass.S_ARABIC;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return switch (s) {
            case LATIN -> CharClass.S_LATIN;
            case GREEK -> CharClass.S_GREEK;
            case CYRILLIC -> CharClass.S_CYRILLIC;
            case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> CharClass.S_CJK;
            case HEBREW -> CharClass.S_HEBREW;
            case ARABIC -> CharClass.S_ARABIC;
            case COMMON, INHERITED, UNKNOWN -> CharClass.S_NONE;
            default -> (byte) (CharClass.S_OTHER_BASE + s.ordinal() % 100);
        };
    }

    /** The cost of a character in running text, before frequency tables refine Han and Hangul. */
    private static float baseCost(int c) {
        if (c < 0x80) {
            return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F ? 6f : 0f;
        }
        if (c <= 0x9F) {
            return 9f;
        }
        if (Character.getType(c) == Character.UNASSIGNED) {
            return 10f;
        }
        if (c == 0xA0) {
            return 2f;
        }
        if (c <= 0xBF) {
            return c == 0xB5 ? 2f : c == 0xAA || c == 0xBA ? 3f : 2.5f;
        }
        if (c <= 0xFF) {
            return c == 0xD7 || c == 0xF7 ? 2f : 1f;
        }
        if (c <= 0x17F) {
            return c == 0x17F ? 10f : isUncommonLatinA(c) ? 3.5f : 1.2f; // long s is archaic
        }
        if (c <= 0x24F) {
            if (c >= 0x218 && c <= 0x21B) {
                return 1.2f; // Romanian s and t with comma
            }
            if (c == 0x1A0 || c == 0x1A1 || c == 0x1AF || c == 0x1B0) {
                return 1.5f; // Vietnamese horned o and u
            }
            if (c == 0x192) {
                return 3f;
            }
            return c >= 0x1CD && c <= 0x1DC ? 3f : 5f;
        }
        if (c <= 0x2AF) {
            return 6f;
        }
        if (c <= 0x2FF) {
            return c == 0x2C6 || c == 0x2DC || c == 0x2C7 || c == 0x2D8 || c == 0x2D9 || c == 0x2DB || c == 0x2DD
                    ? 2.5f : 4f;
        }
        if (c <= 0x36F) {
            return 2.5f;
        }
        if (c <= 0x3FF) {
            return c >= 0x3E2 && c <= 0x3EF || c <= 0x385 ? 5f : 1f;
        }
        if (c <= 0x4FF) {
            if (c >= 0x460 && c <= 0x489) {
                return 6f;
            }
            return c >= 0x48A ? 2.5f : 1f;
        }
        if (c <= 0x52F) {
            return 6f;
        }
        if (c <= 0x58F) {
            return 2f;
        }
        if (c <= 0x5FF) {
            return c >= 0x5D0 ? 1f : 3f;
        }
        if (c <= 0x6FF) {
            return c >= 0x660 && c <= 0x669 ? 2f : c >= 0x610 && c <= 0x61A ? 4f : 1f;
        }
        if (c <= 0x8FF) {
            return 7f;
        }
        if (c <= 0xE7F) {
            return 1.5f;
        }
        if (c <= 0xFFF) {
            return 4f;
        }
        if (c <= 0x109F) {
            return 3f;
        }
        if (c <= 0x10FF) {
            return 1.5f;
        }
        if (c <= 0x11FF) {
            return 6f;
        }
        if (c <= 0x139F) {
            return 3.5f;
        }
        if (c <= 0x1DFF) {
            return c >= 0x1780 && c <= 0x17FF ? 3f : c >= 0x1D00 ? 8f : 6f;
        }
        if (c <= 0x1EFF) {
            return c >= 0x1EA0 ? 1.5f : 3.5f;
        }
        if (c <= 0x1FFF) {
            return 2f;
        }
        if (c <= 0x206F) {
            return switch (c) {
                case 0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026 -> 0.8f;
                case 0x201A, 0x201E, 0x2022, 0x2039, 0x203A -> 1.5f;
                case 0x2020, 0x2021, 0x2030, 0x2032, 0x2033 -> 3f;
                default -> 3f;
            };
        }
        if (c <= 0x209F) {
            return 4f;
        }
        if (c <= 0x20CF) {
            return c == 0x20AC ? 1.5f : 3f;
        }
        if (c <= 0x20FF) {
            return 7f;
        }
        if (c <= 0x214F) {
            return c == 0x2122 || c == 0x2116 ? 2f : 4f;
        }
        if (c <= 0x218F) {
            return 4f;
        }
        if (c <= 0x22FF) {
            return 3.5f;
        }
        if (c <= 0x23FF) {
            return 4.5f;
        }
        if (c <= 0x24FF) {
            return c >= 0x2460 ? 3.5f : 5f;
        }
        if (c <= 0x259F) {
            return 3.5f;
        }
        if (c <= 0x25FF) {
            return 3f;
        }
        if (c <= 0x27BF) {
            return 2f; // miscellaneous symbols and dingbats: hearts, stars, check marks, music
        }
        if (c <= 0x2E7F) {
            return c >= 0x2800 && c <= 0x28FF ? 3f : 6f;
        }
        if (c <= 0x2FFF) {
            return 6f;
        }
        if (c <= 0x303F) {
            return c == 0x3000 || c == 0x3001 || c == 0x3002 || c >= 0x3008 && c <= 0x3011 ? 1f : 3f;
        }
        if (c <= 0x30FF) {
            return c >= 0x3094 && c <= 0x309F ? 5f : 1.5f;
        }
        if (c <= 0x312F) {
            return 3f;
        }
        if (c <= 0x33FF) {
            return 5f;
        }
        if (c <= 0x4DBF) {
            return 8f;
        }
        if (c <= 0x4DFF) {
            return 7f;
        }
        if (c <= 0x9FFF) {
            return 5.5f; // refined by applyHanFrequency
        }
        if (c <= 0xABFF) {
            return 7f;
        }
        if (c <= 0xD7A3) {
            return 6f; // refined by applyHanFrequency
        }
        if (c <= 0xF8FF) {
            return 10f;
        }
        if (c <= 0xFAFF) {
            return 7f;
        }
        if (c <= 0xFB06) {
            return 3f;
        }
        if (c <= 0xFB4F) {
            return 5f;
        }
        if (c <= 0xFDFF) {
            return 4f;
        }
        if (c <= 0xFE0F) {
            return 2f;
        }
        if (c <= 0xFE6F) {
            return 5f;
        }
        if (c <= 0xFEFF) {
            return 4f;
        }
        if (c <= 0xFF5E) {
            return switch (c) {
                case 0xFF0C, 0xFF01, 0xFF1F, 0xFF08, 0xFF09, 0xFF1A, 0xFF1B -> 1.5f;
                default -> 3.5f;
            };
        }
        if (c <= 0xFF9F) {
            return c >= 0xFF61 ? 4.5f : 3.5f;
        }
        if (c == 0xFFFD) {
            return 3f;
        }
        return c <= 0xFFEF ? 5f : 10f;
    }

    /** Latin Extended-A letters that no large living orthography uses. */
    private static boolean isUncommonLatinA(int c) {
        return switch (c) {
            case 0x108, 0x109, 0x10A, 0x10B, 0x114, 0x115, 0x11C, 0x11D, 0x120, 0x121, 0x124, 0x125, 0x126, 0x127,
                 0x128, 0x129, 0x12C, 0x12D, 0x132, 0x133, 0x134, 0x135, 0x138, 0x13F, 0x140, 0x149, 0x14A, 0x14B,
                 0x14E, 0x14F, 0x166, 0x167, 0x168, 0x169, 0x16C, 0x16D, 0x174, 0x175, 0x176, 0x177 -> true;
            default -> false;
        };
    }

    /**
     * How common each Han character and Hangul syllable is. Two sources of evidence: the
     * frequency table {@code han-frequency.txt} (characters ranked by their count in real Chinese,
     * Japanese and Korean news text), and the level-1 sets of the national standards (GB2312 level
     * 1, Big5 common, JIS X 0208 level 1, KS X 1001 Hangul), which were themselves chosen by
     * frequency. Mojibake made by reading UTF-8 as GBK or Big5 lands mostly in the rare rows; real
     * text mostly in the common ones.
     */
    private static void applyHanFrequency(float[] cost) {
        for (int c = 0x4E00; c <= 0x9FFF; c++) {
            cost[c] = 5.5f;
        }
        for (int c = 0xAC00; c <= 0xD7A3; c++) {
            cost[c] = 6f;
        }
        markLevelOne(cost, "GB2312", 0xB0, 0xD7);
        markLevelOne(cost, "x-windows-950", 0xA4, 0xC6);
        markLevelOne(cost, "windows-31j", 0x88, 0x98);
        markLevelOne(cost, "EUC-KR", 0xB0, 0xC8);
        String ranked = hanRanking();
        int rank = 0;
        for (int i = 0; i < ranked.length(); i++) {
            char c = ranked.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF || c >= 0xAC00 && c <= 0xD7A3) {
                float f = rank < 1500 ? 2f : rank < 3500 ? 2.6f : 3.2f;
                cost[c] = Math.min(cost[c], f);
                rank++;
            }
        }
    }

    /** Characters whose two-byte code in {@code charset} has a lead byte in [lo, hi]. */
    private static void markLevelOne(float[] cost, String charset, int lo, int hi) {
        Charset cs = Charset.forName(charset);
        CharsetEncoder enc = cs.newEncoder();
        char[] one = new char[1];
        for (int c = 0x4E00; c <= 0xD7A3; c++) {
            if (c > 0x9FFF && c < 0xAC00) {
                continue;
            }
            one[0] = (char) c;
            try {
                ByteBuffer b = enc.reset().encode(CharBuffer.wrap(one));
                if (b.remaining() == 2) {
                    int lead = b.get(0) & 0xFF;
                    if (lead >= lo && lead <= hi) {
                        cost[c] = Math.min(cost[c], 3.5f);
                    }
                }
            } catch (CharacterCodingException e) {
                // not in this standard
            }
        }
    }

    private static String hanRanking() {
        StringBuilder sb = new StringBuilder();
        for (String line : resourceLines("han-frequency.txt")) {
            if (!line.startsWith("#")) {
                sb.append(line.strip());
            }
        }
        return sb.toString();
    }

    /** The letter-model token of a character: a lower-cased letter or mark, a sign, or a boundary. */
    private static char token(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' ? c : c >= 'A' && c <= 'Z' ? (char) (c + 32) : LetterModel.BOUNDARY;
        }
        int type = Character.getType(c);
        switch (type) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.NON_SPACING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.ENCLOSING_MARK:
                return Character.toLowerCase(c);
            case Character.SPACE_SEPARATOR:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.CONNECTOR_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return LetterModel.BOUNDARY;
            default:
                return LetterModel.SIGN;
        }
    }

    // ---------------------------------------------------------------- code pages

    /** Single-byte pages {@link Codecs} builds codecs of. */
    static final List<String> SINGLE_BYTE_PAGES = List.of(
            "windows-1252", "windows-1250", "windows-1251", "iso-8859-2", "windows-1253", "windows-1254",
            "windows-1257", "koi8-r", "koi8-u", "macintosh", "ibm437", "windows-1255", "windows-1256", "windows-874");

    /** Double-byte pages: the name {@link Codecs} uses, and the JDK charset the table is read from. */
    static final String[][] DOUBLE_BYTE_PAGES = {
        {"gbk", "x-mswin-936"}, {"big5", "x-windows-950"}, {"shift_jis", "windows-31j"},
        {"euc-kr", "x-windows-949"}, {"euc-jp", "EUC-JP"},
    };

    /** The high half (bytes 0x80..0xFF) of textmend's sloppy single-byte code page {@code name}. */
    static char[] highHalf(String name) {
        SingleByteCodePage page = CodePages.singleByte(name).orElseThrow();
        char[] high = new char[128];
        for (int b = 0x80; b <= 0xFF; b++) {
            high[b - 0x80] = page.decode(b);
        }
        return high;
    }

    /** {@code single-byte-pages.bin}: per page its name and high half. */
    static byte[] singleBytePages() {
        Out o = new Out();
        o.writeInt(SINGLE_BYTE_PAGES.size());
        for (String name : SINGLE_BYTE_PAGES) {
            o.writeString(name);
            o.write(highHalf(name));
        }
        return o.toByteArray();
    }

    /**
     * {@code double-byte-pages.bin}: per page its name, what each single byte stands for alone
     * (0 when nothing) and what each lead and trail stand for (0 when the JDK's strict decoder
     * refuses the pair or gives U+FFFD or a private-use char).
     */
    static byte[] doubleBytePages() {
        Out o = new Out();
        o.writeInt(DOUBLE_BYTE_PAGES.length);
        for (String[] p : DOUBLE_BYTE_PAGES) {
            char[][] t = doubleByteTables(p[1]);
            o.writeString(p[0]);
            o.write(t[0]);
            o.write(t[1]);
        }
        return o.toByteArray();
    }

    /** {single[256], pair[65536]} of a JDK double-byte charset. */
    private static char[][] doubleByteTables(String jdkName) {
        char[] single = new char[256];
        for (int c = 0; c < 0x80; c++) {
            single[c] = (char) c;
        }
        char[] pair = new char[65536];
        CharsetDecoder dec = Charset.forName(jdkName).newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] one = new byte[1];
        for (int b = 0x80; b <= 0xFF; b++) {
            one[0] = (byte) b;
            single[b] = decodeOne(dec, one);
        }
        byte[] two = new byte[2];
        for (int lead = 0x81; lead <= 0xFE; lead++) {
            for (int trail = 0x40; trail <= 0xFE; trail++) {
                two[0] = (byte) lead;
                two[1] = (byte) trail;
                char c = decodeOne(dec, two);
                if (c != 0 && c != 0xFFFD && !(c >= 0xE000 && c <= 0xF8FF)) {
                    pair[lead << 8 | trail] = c;
                }
            }
        }
        return new char[][] {single, pair};
    }

    private static char decodeOne(CharsetDecoder dec, byte[] bytes) {
        try {
            CharBuffer out = dec.reset().decode(ByteBuffer.wrap(bytes));
            return out.remaining() == 1 ? out.get(0) : 0;
        } catch (CharacterCodingException e) {
            return 0;
        }
    }

    // ---------------------------------------------------------------- suspicion tables

    /**
     * {@code suspicion.bin}: the tables {@link Suspicion} documents, built from codecs made afresh
     * of the code pages (not of the shipped tables): windows-1252, then
     * {@link Codecs#SINGLE_BYTE_WRONG} in order, and {@link Codecs#DOUBLE_BYTE_WRONG}.
     */
    static byte[] suspicion() {
        List<Codec> single = new ArrayList<>();
        single.add(Codec.singleByte(Codecs.WESTERN, highHalf(Codecs.WESTERN), 0f, true));
        for (Codecs.Spec c : Codecs.SINGLE_BYTE_WRONG) {
            single.add(Codec.singleByte(c.name(), highHalf(c.name()), c.prior(), false));
        }
        List<Codec> dbl = new ArrayList<>();
        for (Codecs.Spec c : Codecs.DOUBLE_BYTE_WRONG) {
            String jdk = null;
            for (String[] p : DOUBLE_BYTE_PAGES) {
                if (p[0].equals(c.name())) {
                    jdk = p[1];
                }
            }
            char[][] t = doubleByteTables(jdk);
            dbl.add(Codec.doubleByte(c.name(), t[0], t[1], c.prior()));
        }
        Codec cp1252 = single.get(0);
        byte[] cls = classTable();
        long[] sb = new long[65536];
        int[] misc = new int[65536];
        long[] sig = new long[65536];
        for (int k = 0; k < single.size(); k++) {
            Codec w = single.get(k);
            // only for code pages whose 0xA0 is NBSP, and where the lead is not an everyday
            // letter of the code page's own script
            boolean nbspPage = w.name().equals("windows-1252") || w.name().equals("windows-1250")
                    || w.name().equals("windows-1254") || w.name().equals("windows-1257")
                    || w.name().equals("iso-8859-2");
            for (int c = 0x80; c < 0x10000; c++) {
                int b = w.encode((char) c);
                long bit = 1L << k;
                if (nbspPage && (b == 0xC2 || b == 0xC3 || b == 0xC5 || b == 0xCE || b == 0xD0)
                        || w.name().equals("windows-1251") && b == 0xC3) {
                    sb[c] |= bit << Suspicion.NBSP_AT;
                }
                if (b >= 0xC2 && b <= 0xDF) {
                    sb[c] |= bit << Suspicion.LEAD2_AT;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    sb[c] |= bit << Suspicion.LEAD3_AT;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    sb[c] |= bit << Suspicion.LEAD4_AT;
                } else if (b >= 0x80 && b <= 0xBF) {
                    misc[c] |= (int) bit << Suspicion.ANY_CONT_AT;
                    if (!(w.name().startsWith("koi8") && c >= 0x400 && c <= 0x4FF)) {
                        sb[c] |= bit << Suspicion.CONT_AT;
                    }
                }
            }
        }
        for (int j = 0; j < dbl.size(); j++) {
            Codec w = dbl.get(j);
            for (int c = 0x80; c < 0x10000; c++) {
                int e = w.encode((char) c);
                if ((e & Codec.TWO) == 0 || e == Codec.NONE) {
                    continue;
                }
                int x = e >> 8 & 0xFF;
                int y = e & 0xFF;
                if (x >= 0xE0 && x <= 0xF4 && y >= 0x80 && y <= 0xBF) {
                    misc[c] |= 1 << (Suspicion.DB_LEADS_AT + j);
                }
                if (x >= 0x80 && x <= 0xBF && (y < 0x80 || y >= 0xC2 && y <= 0xF4)) {
                    misc[c] |= 1 << (Suspicion.DB_CONTS_AT + j);
                }
            }
        }
        for (int c = 0x80; c < 0x10000; c++) {
            int b = cp1252.encode((char) c);
            if (b >= 0x80 && !(c >= 0x80 && c <= 0x9F)) {
                misc[c] |= Suspicion.HIGH_1252;
                if (cls[c] == CharClass.SYMBOL) {
                    misc[c] |= Suspicion.HIGH_SYMBOL;
                }
            }
            if (c >= 0x80 && c <= 0x9F) {
                misc[c] |= Suspicion.C1;
            }
            if (c >= 0x400 && c <= 0x45F && Character.isLowerCase(c)) {
                misc[c] |= Suspicion.CYR_LOWER;
            } else if (c >= 0x400 && c <= 0x45F && Character.isUpperCase(c)) {
                misc[c] |= Suspicion.CYR_UPPER;
            }
        }
        misc[0xFFFD] |= Suspicion.C1;
        for (char h : LegacyPage.HINTS.toCharArray()) {
            misc[h] |= Suspicion.LEGACY_HINT;
        }
        for (int c = 0x80; c < 0x10000; c++) {
            if (sb[c] != 0) {
                misc[c] |= Suspicion.HAS_SB;
            }
        }
        long field = Suspicion.FIELD;
        for (int c = 0; c < 0x10000; c++) {
            long s = sb[c];
            int f = misc[c];
            long begins = 1L << Suspicion.SIG_ALWAYS;
            long continues = 0;
            begins |= (s >>> Suspicion.LEAD2_AT | s >>> Suspicion.LEAD3_AT | s >>> Suspicion.LEAD4_AT) & field;
            continues |= s >>> Suspicion.CONT_AT & field;
            begins |= (s >>> Suspicion.NBSP_AT & field) << Suspicion.SIG_NBSP;
            begins |= (long) (f >>> Suspicion.DB_LEADS_AT & 0xF) << Suspicion.SIG_DOUBLE;
            continues |= (long) (f >>> Suspicion.DB_CONTS_AT & 0xF) << Suspicion.SIG_DOUBLE;
            if ((f & Suspicion.HIGH_1252) != 0) {
                begins |= 1L << Suspicion.SIG_HIGH;
                continues |= 1L << Suspicion.SIG_HIGH;
            }
            if ((f & Suspicion.CYR_LOWER) != 0) {
                begins |= 1L << Suspicion.SIG_CYR;
            }
            if ((f & Suspicion.CYR_UPPER) != 0) {
                continues |= 1L << Suspicion.SIG_CYR;
            }
            if ((f & Suspicion.C1) != 0) {
                continues |= 1L << Suspicion.SIG_ALWAYS | 0xFL << Suspicion.SIG_DOUBLE;
            }
            if (c == ' ') {
                continues |= field << Suspicion.SIG_NBSP;
            }
            if (c < 0x40) {
                continues |= 0xFL << Suspicion.SIG_DOUBLE;
            }
            if ((f & Suspicion.LEGACY_HINT) != 0) {
                begins |= 1L << Suspicion.SIG_LEGACY;
            }
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' || (f & Suspicion.HIGH_1252) != 0) {
                continues |= 1L << Suspicion.SIG_LEGACY;
            }
            sig[c] = begins << 32 | continues;
        }
        Out o = new Out();
        o.write(sb);
        o.write(misc);
        o.write(sig);
        return o.toByteArray();
    }

    // ---------------------------------------------------------------- letter models

    /**
     * {@code letter-models.bin}: {@code letter-bigrams.txt} parsed: per language, in the file's
     * order, its code and its bigrams (key {@code a << 16 | b}, ascending) with their counts.
     */
    static byte[] letterModels() {
        Map<String, TreeMap<Integer, Integer>> models = new LinkedHashMap<>();
        TreeMap<Integer, Integer> bigrams = null;
        for (String line : resourceLines("letter-bigrams.txt")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@")) {
                bigrams = new TreeMap<>();
                models.put(line.substring(1).strip(), bigrams);
                continue;
            }
            // "ab<TAB>count"
            int tab = line.indexOf('\t');
            if (tab != 2 || bigrams == null) {
                throw new IllegalStateException("bad line in letter-bigrams.txt: " + line);
            }
            int key = line.charAt(0) << 16 | line.charAt(1);
            bigrams.merge(key, Integer.parseInt(line.substring(tab + 1)), Integer::sum);
        }
        Out o = new Out();
        o.writeInt(models.size());
        for (Map.Entry<String, TreeMap<Integer, Integer>> m : models.entrySet()) {
            o.writeString(m.getKey());
            o.writeInt(m.getValue().size());
            for (int key : m.getValue().keySet()) {
                o.writeInt(key);
            }
            for (int count : m.getValue().values()) {
                o.writeInt(count);
            }
        }
        return o.toByteArray();
    }

    private static List<String> resourceLines(String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = BinaryTables.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
