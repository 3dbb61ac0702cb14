package io.textmend.mojibake;

import java.util.ArrayList;
import java.util.List;

/**
 * The cheap first look: which families of mojibake could this text contain? Mojibake is made of
 * neighbours that clean text seldom has: a character that some wrong decoder made of a UTF-8
 * lead byte followed by one it made of a continuation byte, two neighbouring windows-1252
 * characters of the high half (a legacy page), a C1 control, a lost byte after a lead. Text
 * without any returns 0 at once and is handed back untouched. One table lookup per non-ASCII
 * character; the tables are built once. Stateless and thread-safe.
 */
final class Suspicion {

    /** UTF-8 read as a single-byte code page. */
    static final int SINGLE = 1;
    /** UTF-8 read as a double-byte code page. */
    static final int DOUBLE = 2;
    /** A legacy page read as windows-1252. */
    static final int LEGACY = 4;
    /** KOI8-R read as windows-1251. */
    static final int KOI8 = 8;
    /** A letter of a legacy Latin page seen through windows-1252 ({@link LegacyPage#HINTS}), before a letter. */
    static final int LEGACY_LINE = 16;
    /** Bits from here on: which single-byte wrong decoders ({@link #singleByteDecoders}) could be at work. */
    static final int DECODER_SHIFT = 8;
    private static final int ALL_DECODERS = 0xFFFF << DECODER_SHIFT;

    private static final List<Codec> SINGLE_BYTE_DECODERS = singleByteDecoders();

    /** windows-1252 first, then {@link Codecs.SingleByte#ALL}: bit k of the decoder mask is the k-th. */
    static List<Codec> singleByteDecoders() {
        List<Codec> single = new ArrayList<>();
        single.add(Codecs.Western.CP1252);
        single.addAll(Codecs.SingleByte.ALL);
        return List.copyOf(single);
    }

    /** Per char, bit k: the k-th single-byte wrong decoder made it of a lead byte 0xC2..0xF4. */
    private static final short[] LEAD = new short[65536];
    /** The same for leads of 2-, 3- and 4-byte sequences. */
    private static final short[] LEAD2 = new short[65536];
    private static final short[] LEAD3 = new short[65536];
    private static final short[] LEAD4 = new short[65536];
    /** Per char, bit k: the k-th single-byte wrong decoder made it of a continuation byte. */
    private static final short[] CONT = new short[65536];
    /** Per char, bit k: the k-th single-byte wrong decoder made it of 0xC2, 0xC3, 0xC5, 0xCE or 0xD0 (lost 0xA0). */
    private static final short[] NBSP_LEAD = new short[65536];
    private static final byte[] FLAGS = new byte[65536];
    /** Per char, bit j: the j-th double-byte wrong decoder made it of bytes that begin a 3- or 4-byte sequence. */
    private static final byte[] DB_LEADS = new byte[65536];
    /** Per char, bit j: ... of a continuation byte then ASCII or a lead: the sequence can end here. */
    private static final byte[] DB_CONTS = new byte[65536];
    private static final byte HIGH_SYMBOL = 2; // a windows-1252 sign of the high half (not a letter, not common punctuation)
    private static final byte HIGH_1252 = 4;   // a windows-1252 char of the high half
    private static final byte CYR_LOWER = 8;
    private static final byte CYR_UPPER = 16;
    private static final byte C1 = 32;
    private static final byte LEGACY_HINT = 64;

    static {
        List<Codec> single = singleByteDecoders();
        for (int k = 0; k < single.size(); k++) {
            Codec w = single.get(k);
            for (int c = 0x80; c < 0x10000; c++) {
                int b = w.encode((char) c);
                // only for code pages whose 0xA0 is NBSP, and where the lead is not an everyday
                // letter of the code page's own script
                boolean nbspPage = w.name().equals("windows-1252") || w.name().equals("windows-1250")
                        || w.name().equals("windows-1254") || w.name().equals("windows-1257")
                        || w.name().equals("iso-8859-2");
                if (nbspPage && (b == 0xC2 || b == 0xC3 || b == 0xC5 || b == 0xCE || b == 0xD0)
                        || w.name().equals("windows-1251") && b == 0xC3) {
                    NBSP_LEAD[c] |= (short) (1 << k);
                }
                if (b >= 0xC2 && b <= 0xDF) {
                    LEAD2[c] |= (short) (1 << k);
                } else if (b >= 0xE0 && b <= 0xEF) {
                    LEAD3[c] |= (short) (1 << k);
                } else if (b >= 0xF0 && b <= 0xF4) {
                    LEAD4[c] |= (short) (1 << k);
                }
                if (b >= 0xC2 && b <= 0xF4) {
                    LEAD[c] |= (short) (1 << k);
                } else if (b >= 0x80 && b <= 0xBF && !(w.name().startsWith("koi8") && c >= 0x400 && c <= 0x4FF)) {
                    // KOI8's few Cyrillic letters in 0x80..0xBF (ё, і, ї, є, ґ) follow Cyrillic letters
                    // in clean text all the time; its real mojibake shows box drawing there
                    CONT[c] |= (short) (1 << k);
                }
            }
        }
        List<Codec> dbl = Codecs.DoubleByte.WRONG;
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
                    DB_LEADS[c] |= (byte) (1 << j);
                }
                if (x >= 0x80 && x <= 0xBF && (y < 0x80 || y >= 0xC2 && y <= 0xF4)) {
                    DB_CONTS[c] |= (byte) (1 << j);
                }
            }
        }
        for (int c = 0x80; c < 0x10000; c++) {
            int b = Codecs.Western.CP1252.encode((char) c);
            if (b >= 0x80 && !(c >= 0x80 && c <= 0x9F)) {
                FLAGS[c] |= HIGH_1252;
                if (CharClass.cls((char) c) == CharClass.SYMBOL) {
                    FLAGS[c] |= HIGH_SYMBOL;
                }
            }
            if (c >= 0x80 && c <= 0x9F) {
                FLAGS[c] |= C1;
            }
            if (c >= 0x400 && c <= 0x45F && Character.isLowerCase(c)) {
                FLAGS[c] |= CYR_LOWER;
            } else if (c >= 0x400 && c <= 0x45F && Character.isUpperCase(c)) {
                FLAGS[c] |= CYR_UPPER;
            }
        }
        FLAGS[0xFFFD] |= C1;
        for (char h : LegacyPage.HINTS.toCharArray()) {
            FLAGS[h] |= LEGACY_HINT;
        }
    }

    private Suspicion() {
    }

    /**
     * The families of mojibake the text may hold, or 0 when it is certainly clean. For the
     * single-byte decoders this runs a UTF-8 automaton for all of them at once, one bit each: a
     * decoder is flagged only where its bytes complete a whole multi-byte sequence.
     */
    static int scan(CharSequence s) {
        int n = s.length();
        int mask = 0;
        int need1 = 0;
        int need2 = 0;
        int need3 = 0;
        int prevNbspLead = 0;
        int prevFlags = 0;
        int prevDbLeads = 0;
        int highRun = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (prevNbspLead != 0 && c == ' ') {
                    mask |= SINGLE | prevNbspLead << DECODER_SHIFT; // "Ã ": byte 0xA0 turned into a space
                }
                if (prevDbLeads != 0 && c < 0x40) {
                    mask |= DOUBLE; // "鈥?": the last byte of a sequence lost before ASCII
                }
                if ((prevFlags & LEGACY_HINT) != 0 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    mask |= LEGACY_LINE;
                }
                need1 = 0;
                need2 = 0;
                need3 = 0;
                prevNbspLead = 0;
                prevFlags = 0;
                prevDbLeads = 0;
                highRun = 0;
                continue;
            }
            int f = FLAGS[c];
            int cont = CONT[c];
            int done = need1 & cont;
            if (done != 0) {
                mask |= SINGLE | done << DECODER_SHIFT;
            }
            need1 = need2 & cont | LEAD2[c];
            need2 = need3 & cont | LEAD3[c];
            need3 = LEAD4[c];
            if ((prevDbLeads & DB_CONTS[c]) != 0 || prevDbLeads != 0 && c == 0xFFFD) {
                mask |= DOUBLE;
            }
            highRun = (f & HIGH_1252) != 0 ? highRun + 1 : 0;
            if (highRun >= 3 || highRun == 2 && ((prevFlags | f) & HIGH_SYMBOL) != 0) {
                mask |= LEGACY; // three high-half characters in a row, or two with a sign among them
            }
            if ((prevFlags & LEGACY_HINT) != 0 && (f & HIGH_1252) != 0) {
                mask |= LEGACY_LINE;
            }
            if ((prevFlags & CYR_LOWER) != 0 && (f & CYR_UPPER) != 0) {
                mask |= KOI8;
            }
            if ((f & C1) != 0) {
                mask |= SINGLE | ALL_DECODERS;
            }
            prevNbspLead = NBSP_LEAD[c];
            prevFlags = f;
            prevDbLeads = DB_LEADS[c];
        }
        return mask;
    }

    /** True when the text has anything mojibake could be made of. */
    static boolean anySuspicious(CharSequence s) {
        return scan(s) != 0;
    }
}
