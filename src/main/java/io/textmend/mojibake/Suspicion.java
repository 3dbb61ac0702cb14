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
    /** A C1 control or U+FFFD stands in the text (the {@code fix_c1_controls} step may have work). */
    static final int C1_SEEN = 16;
    /** A letter of a legacy Latin page seen through windows-1252 ({@link LegacyPage#HINTS}), before a letter. */
    static final int LEGACY_LINE = 32;
    /** Bits from here on: which single-byte wrong decoders ({@link #singleByteDecoders}) could be at work. */
    static final int DECODER_SHIFT = 8;

    /** windows-1252 first, then {@link Codecs.SingleByte#ALL}: bit k of the decoder mask is the k-th. */
    static List<Codec> singleByteDecoders() {
        List<Codec> single = new ArrayList<>();
        single.add(Codecs.Western.CP1252);
        single.addAll(Codecs.SingleByte.ALL);
        return List.copyOf(single);
    }

    /*
     * Per char, one long of single-byte facts, bit k of each field for the k-th single-byte wrong
     * decoder: made of a lead byte of a 2-, 3- or 4-byte sequence, of a continuation byte (KOI8's
     * Cyrillic letters in 0x80..0xBF left out: they follow Cyrillic letters in clean text all the
     * time; its real mojibake shows box drawing there), of 0xC2, 0xC3, 0xC5, 0xCE or 0xD0 (a lead
     * whose 0xA0 may have been lost).
     */
    static final int LEAD2_AT = 0;
    static final int LEAD3_AT = 11;
    static final int LEAD4_AT = 22;
    static final int CONT_AT = 33;
    static final int NBSP_AT = 44;
    static final long FIELD = 0x7FF;
    private static final long[] SB;
    /*
     * Per char, one int of the rest: the flags below in bits 0..7; bit 8 + j: the j-th double-byte
     * wrong decoder made it of bytes that begin a 3- or 4-byte sequence; bit 12 + j: of a
     * continuation byte then ASCII or a lead (the sequence can end here); bits 16..26: a
     * single-byte decoder made it of any byte 0x80..0xBF (what a lead must be followed by for
     * that decoder to find anything at all).
     */
    private static final int[] MISC;
    static final int DB_LEADS_AT = 8;
    static final int DB_CONTS_AT = 12;
    static final int ANY_CONT_AT = 16;
    /*
     * Per char (ASCII too), the pre-scan's signature: every check of the automaton needs some
     * pair of neighbours, a char that can begin it followed by one that can continue it
     * (a lead then a continuation byte of the same decoder, a lead whose 0xA0 may be lost then a
     * space, a double-byte lead then its continuation, two high-half windows-1252 chars, a small
     * Cyrillic letter then a capital, a legacy-page hint then a letter) or a C1 control or U+FFFD. The high 32 bits say what the
     * char can begin, the low 32 bits, at the same places, what it can continue; a text where no
     * neighbour continues what the one before began is clean, and this is all the fast path asks.
     */
    private static final long[] SIG;
    static final int SIG_SINGLE = 0;  // 11 bits: lead / continuation of single-byte decoder k
    static final int SIG_NBSP = 11;   // 11 bits: lead whose 0xA0 may be lost / a space
    static final int SIG_DOUBLE = 22; // 4 bits: double-byte lead / continuation (or U+FFFD, ASCII below 0x40)
    static final int SIG_HIGH = 26;   // a high-half windows-1252 char, either side
    static final int SIG_CYR = 27;    // a small Cyrillic letter / a capital one
    static final int SIG_ALWAYS = 28; // every char begins it; C1 controls and U+FFFD continue it
    static final int SIG_LEGACY = 29; // a legacy-page hint (LegacyPage.HINTS) / an ASCII letter or high-half windows-1252 char
    private static final long SIG_START = 1L << (32 + SIG_ALWAYS);
    static final int HIGH_SYMBOL = 2; // a windows-1252 sign of the high half (not a letter, not common punctuation)
    static final int HIGH_1252 = 4;   // a windows-1252 char of the high half
    static final int CYR_LOWER = 8;
    static final int CYR_UPPER = 16;
    static final int C1 = 32;
    static final int HAS_SB = 64;     // SB of this char is not zero
    static final int LEGACY_HINT = 128; // a letter of LegacyPage.HINTS

    /** The shipped tables {@link #SB}, {@link #MISC} and {@link #SIG}: made by {@code BinaryTablesGenerator}. */
    static final String RESOURCE = "suspicion.bin";

    static {
        BinaryTables t = BinaryTables.open(RESOURCE);
        SB = t.longs(65536);
        MISC = t.ints(65536);
        SIG = t.longs(65536);
        t.end();
    }

    private Suspicion() {
    }

    /**
     * The families of mojibake the text may hold, or 0 when it is certainly clean. For the
     * single-byte decoders this runs a UTF-8 automaton for all of them at once, one bit each: a
     * decoder is flagged only where its bytes complete a whole multi-byte sequence (or, where a
     * C1 control or U+FFFD stands in the text, wherever one of its lead bytes is followed by
     * anything a lost or damaged continuation byte may show as). A decoder none of whose leads is
     * followed by a continuation byte, a U+FFFD, a {@code ?} or a space cannot explain any span
     * and is not flagged. {@link #C1_SEEN} says whether a C1 control or U+FFFD stands in the text.
     */
    static int scan(CharSequence s) {
        return scan(s, 0, s.length());
    }

    /** {@link #scan(CharSequence)} of {@code s[from, to)}. */
    static int scan(CharSequence s, int from, int to) {
        // the fast path: one table lookup a char, looking for a neighbour that continues what the
        // char before it began; without one no check of the automaton can fire
        long prev = SIG_START;
        for (int i = from; i < to; i++) {
            long sig = SIG[s.charAt(i)];
            if ((prev >>> 32 & sig) != 0) {
                return automaton(s, from, to, false);
            }
            prev = sig;
        }
        return 0;
    }

    /** The full automaton over the whole of {@code s}, without the pre-scan (for tests). */
    static int fullScan(CharSequence s) {
        return automaton(s, 0, s.length(), false);
    }

    /** The full automaton over {@code s[i, to)}; with {@code stop}, only whether it is 0, found as soon as can be. */
    private static int automaton(CharSequence s, int i, int to, boolean stop) {
        int mask = 0;
        int need1 = 0;
        int need2 = 0;
        int need3 = 0;
        int prevNbspLead = 0;
        int prevFlags = 0;
        int prevDbLeads = 0;
        int prevLead = 0;
        int highRun = 0;
        int decoders = 0;   // decoders flagged by the automaton (or by a C1 control: all)
        int pairs = 0;      // decoders one of whose leads is followed by what can continue it
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c == ' ' || c == '?') {
                    pairs |= prevLead;
                    if (prevNbspLead != 0 && c == ' ') {
                        mask |= SINGLE;
                        decoders |= prevNbspLead; // "Ã ": byte 0xA0 turned into a space
                    }
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
                prevLead = 0;
                highRun = 0;
                continue;
            }
            int f = MISC[c];
            int lastLead = prevLead;
            if ((f & HAS_SB) != 0) {
                long sb = SB[c];
                int cont = (int) (sb >>> CONT_AT & FIELD);
                int done = need1 & cont;
                if (done != 0) {
                    mask |= SINGLE;
                    decoders |= done;
                }
                int lead2 = (int) (sb >>> LEAD2_AT & FIELD);
                int lead3 = (int) (sb >>> LEAD3_AT & FIELD);
                int lead4 = (int) (sb >>> LEAD4_AT & FIELD);
                need1 = need2 & cont | lead2;
                need2 = need3 & cont | lead3;
                need3 = lead4;
                pairs |= lastLead & f >>> ANY_CONT_AT;
                prevLead = lead2 | lead3 | lead4;
                prevNbspLead = (int) (sb >>> NBSP_AT & FIELD);
            } else {
                pairs |= lastLead & f >>> ANY_CONT_AT;
                need1 = 0;
                need2 = 0;
                need3 = 0;
                prevLead = 0;
                prevNbspLead = 0;
            }
            int dbConts = f >>> DB_CONTS_AT & 0xF;
            if ((prevDbLeads & dbConts) != 0 || prevDbLeads != 0 && c == 0xFFFD) {
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
                mask |= SINGLE | C1_SEEN;
                decoders = -1;
                if (c == 0xFFFD) {
                    pairs |= lastLead;
                }
            }
            prevFlags = f;
            prevDbLeads = f >>> DB_LEADS_AT & 0xF;
            if (stop && mask != 0) {
                return mask;
            }
        }
        decoders &= pairs & (int) FIELD;
        if (decoders == 0) {
            mask &= ~SINGLE;
        }
        return mask | decoders << DECODER_SHIFT;
    }

    /**
     * True when the text has anything mojibake could be made of: {@code scan(s) != 0}, but it
     * stops at the first sign (every sign the automaton takes survives to the result: a flagged
     * decoder's lead is always followed by what continues it, and a C1 control is a sign itself).
     */
    static boolean anySuspicious(CharSequence s) {
        long prev = SIG_START;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            long sig = SIG[s.charAt(i)];
            if ((prev >>> 32 & sig) != 0) {
                return automaton(s, 0, n, true) != 0;
            }
            prev = sig;
        }
        return false;
    }
}
