package io.textmend.mojibake;

import java.util.Arrays;

/**
 * A code page seen from both sides: the wrong decoder that made the mojibake (text back to the
 * bytes it was read from) and the intended decoder of a legacy page (bytes to text). Single-byte
 * tables are the sloppy ones of {@code io.textmend.encoding}; double-byte tables (GBK, Big5,
 * Shift_JIS, EUC-KR, EUC-JP) are the JDK's charsets read strictly: a pair the JDK cannot decode
 * is not in the table. Both are shipped precomputed ({@link Codecs}). Immutable and thread-safe.
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

    /**
     * A single-byte code page from the chars of its bytes 0x80..0xFF; with {@code c1Identity}, C1
     * controls also encode to their own byte. Where two bytes give one char, the lower byte wins.
     */
    static Codec singleByte(String name, char[] high, float prior, boolean c1Identity) {
        int[] encode = asciiEncode();
        char[] single = asciiSingle();
        for (int b = 0xFF; b >= 0x80; b--) {
            char c = high[b - 0x80];
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
        return new Codec(name, prior, false, encode, single, null);
    }

    /**
     * A double-byte code page from what each single byte stands for alone ({@code single}, 0 when
     * nothing) and what each lead and trail stand for ({@code pair[lead << 8 | trail]}, 0 when
     * nothing). A char made both ways encodes to the single byte; else to the first pair.
     */
    static Codec doubleByte(String name, char[] single, char[] pair, float prior) {
        int[] encode = asciiEncode();
        for (int b = 0x80; b <= 0xFF; b++) {
            char c = single[b];
            if (c != 0 && encode[c] == NONE) {
                encode[c] = b;
            }
        }
        for (int lead = 0x81; lead <= 0xFE; lead++) {
            for (int trail = 0x40; trail <= 0xFE; trail++) {
                char c = pair[lead << 8 | trail];
                if (c != 0 && encode[c] == NONE) {
                    encode[c] = TWO | lead << 8 | trail;
                }
            }
        }
        return new Codec(name, prior, true, encode, single.clone(), pair);
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
