package io.textmend.mojibake;

import io.textmend.encoding.SingleByteCodePage;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * A code page seen from both sides: the wrong decoder that made the mojibake (text back to the
 * bytes it was read from) and the intended decoder of a legacy page (bytes to text). Single-byte
 * tables are the sloppy ones of {@code io.textmend.encoding}; double-byte tables (GBK, Big5,
 * Shift_JIS, EUC-KR, EUC-JP) are built once from the JDK's charsets, strictly: a pair the JDK
 * cannot decode is not in the table. Immutable and thread-safe.
 */
final class Codec {

    /** {@link #encode} result for a char this code page cannot produce. */
    static final int NONE = -1;
    /** Flag on {@link #encode} results that are two bytes: {@code TWO | lead << 8 | trail}. */
    static final int TWO = 0x10000;

    private final String name;
    private final String misreadDetail;
    private final float prior;
    private final boolean doubleByte;
    /**
     * char to bytes, in pages of 256 chars (the high byte of the char picks the page); a page with
     * nothing in it is the shared {@link #NONE_PAGE}, so the tables of the single-byte pages take a
     * few kilobytes and stay in cache, where one flat table each would take 256 KB.
     */
    private final int[][] encode;
    /** byte to char for single bytes 0x80..0xFF, 0 when the byte is not a character alone. */
    private final char[] single;
    /** (lead << 8 | trail) to char, 0 when the pair is not a character; null for single-byte codecs. */
    private final char[] pair;

    private static final int[] NONE_PAGE = none(256);

    private Codec(String name, float prior, boolean doubleByte, int[] encode, char[] single, char[] pair) {
        this.name = name;
        this.misreadDetail = "utf-8 read as " + name;
        this.prior = prior;
        this.doubleByte = doubleByte;
        this.single = single;
        this.pair = pair;
        this.encode = new int[256][];
        for (int page = 0; page < 256; page++) {
            int[] p = Arrays.copyOfRange(encode, page << 8, (page + 1) << 8);
            this.encode[page] = Arrays.equals(p, NONE_PAGE) ? NONE_PAGE : p;
        }
    }

    private static int[] none(int n) {
        int[] a = new int[n];
        Arrays.fill(a, NONE);
        return a;
    }

    /** A fresh char-to-bytes table: ASCII to itself, the rest {@link #NONE}. */
    private static int[] asciiEncode() {
        int[] encode = none(65536);
        for (int c = 0; c < 0x80; c++) {
            encode[c] = c;
        }
        return encode;
    }

    private static char[] asciiSingle() {
        char[] single = new char[256];
        for (int c = 0; c < 0x80; c++) {
            single[c] = (char) c;
        }
        return single;
    }

    /** A single-byte code page; with {@code c1Identity}, C1 controls also encode to their own byte. */
    static Codec singleByte(SingleByteCodePage page, float prior, boolean c1Identity) {
        int[] encode = asciiEncode();
        char[] single = asciiSingle();
        for (int b = 0xFF; b >= 0x80; b--) {
            char c = page.decode(b);
            encode[c] = b;
            single[b] = c;
        }
        if (c1Identity) {
            for (int b = 0x80; b <= 0x9F; b++) {
                if (encode[b] == NONE) {
                    encode[b] = b;
                }
            }
        }
        return new Codec(page.name(), prior, false, encode, single, null);
    }

    /** A double-byte code page built from a JDK charset. */
    static Codec doubleByte(String name, String jdkName, float prior) {
        int[] encode = asciiEncode();
        char[] single = asciiSingle();
        char[] pair = new char[65536];
        Charset cs = Charset.forName(jdkName);
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] one = new byte[1];
        for (int b = 0x80; b <= 0xFF; b++) {
            one[0] = (byte) b;
            char c = decodeOne(dec, one);
            if (c != 0) {
                single[b] = c;
                if (encode[c] == NONE) {
                    encode[c] = b;
                }
            }
        }
        byte[] two = new byte[2];
        for (int lead = 0x81; lead <= 0xFE; lead++) {
            for (int trail = 0x40; trail <= 0xFE; trail++) {
                two[0] = (byte) lead;
                two[1] = (byte) trail;
                char c = decodeOne(dec, two);
                if (c != 0 && c != 0xFFFD && !(c >= 0xE000 && c <= 0xF8FF)) {
                    pair[lead << 8 | trail] = c;
                    if (encode[c] == NONE) {
                        encode[c] = TWO | lead << 8 | trail;
                    }
                }
            }
        }
        return new Codec(name, prior, true, encode, single, pair);
    }

    private static char decodeOne(CharsetDecoder dec, byte[] bytes) {
        try {
            CharBuffer out = dec.reset().decode(ByteBuffer.wrap(bytes));
            return out.remaining() == 1 ? out.get(0) : 0;
        } catch (CharacterCodingException e) {
            return 0;
        }
    }

    String name() {
        return name;
    }

    /** The detail of a repair of UTF-8 read through this code page, made once. */
    String misreadDetail() {
        return misreadDetail;
    }

    /** Evidence needed to believe this code page was involved, in plausibility-cost units. */
    float prior() {
        return prior;
    }

    /** True for the regional single-byte pages (windows-125x but 1252, ISO-8859-2, KOI8). */
    boolean isRegional() {
        return !doubleByte && (name.startsWith("windows-125") && !name.equals("windows-1252")
                || name.startsWith("iso-8859-2") || name.startsWith("koi8"));
    }

    boolean isDoubleByte() {
        return doubleByte;
    }

    /** The bytes {@code c} came from: a byte, {@code TWO | lead << 8 | trail}, or {@link #NONE}. */
    int encode(char c) {
        return encode[c >>> 8][c & 0xFF];
    }

    /** The char a single byte 0x80..0xFF stands for alone, or 0. */
    char decodeSingle(int b) {
        return single[b];
    }

    /** The char a lead and trail byte stand for, or 0. */
    char decodePair(int lead, int trail) {
        return pair == null ? 0 : pair[lead << 8 | trail];
    }

    @Override
    public String toString() {
        return name;
    }
}
