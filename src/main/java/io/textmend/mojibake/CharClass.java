package io.textmend.mojibake;

/**
 * Per-character facts the plausibility score uses: a coarse class, a script group, and the cost
 * of seeing the character in running text (low for the letters and punctuation of living
 * languages, high for the rare blocks that wrong decoders produce: IPA, Syriac, NKo, private use,
 * C1 controls, rare hanzi; Han and Hangul costs from {@code han-frequency.txt} and the level-1 sets
 * of the national standards). Tables cover the BMP; they are precomputed by
 * {@code BinaryTablesGenerator} (test sources, where the rules are) into {@code char-class.bin}
 * and read once. Immutable and thread-safe.
 */
final class CharClass {

    static final byte OTHER = 0;
    static final byte LOWER = 1;
    static final byte UPPER = 2;
    static final byte LETTER = 3;       // caseless letters (Hebrew, Arabic, Han, kana, Hangul, Thai...)
    static final byte DIGIT = 4;
    static final byte SPACE = 5;
    static final byte PUNCT = 6;        // ASCII punctuation, general punctuation, CJK punctuation
    static final byte QUOTE = 7;        // curly quotes and apostrophes
    static final byte SYMBOL = 8;       // Latin-1 symbols, currency, math, arrows, box drawing, dingbats
    static final byte MARK = 9;         // combining marks
    static final byte CONTROL = 10;
    static final byte NBSP = 11;
    static final byte REPLACEMENT = 12; // U+FFFD

    /** Script groups; 0 means shared (digits, punctuation, symbols). */
    static final byte S_NONE = 0;
    static final byte S_LATIN = 1;
    static final byte S_GREEK = 2;
    static final byte S_CYRILLIC = 3;
    static final byte S_CJK = 4;        // Han, kana, Hangul, bopomofo: they mix in real text
    static final byte S_HEBREW = 5;
    static final byte S_ARABIC = 6;
    static final byte S_OTHER_BASE = 16;

    /** The shipped tables: made by {@code BinaryTablesGenerator} (test sources), which holds the rules. */
    static final String RESOURCE = "char-class.bin";

    private static final byte[] CLASS;
    private static final byte[] SCRIPT;
    private static final float[] COST;
    /** Per char, its {@link LetterModel#token letter-model token}. */
    private static final char[] TOKEN;

    static {
        BinaryTables t = BinaryTables.open(RESOURCE);
        CLASS = t.bytes(65536);
        SCRIPT = t.bytes(65536);
        COST = t.floats(65536);
        TOKEN = t.chars(65536);
        t.end();
    }

    private CharClass() {
    }

    static byte cls(char c) {
        return CLASS[c];
    }

    static byte script(char c) {
        return SCRIPT[c];
    }

    static float cost(char c) {
        return COST[c];
    }

    static boolean isLetter(byte cls) {
        return cls == LOWER || cls == UPPER || cls == LETTER;
    }

    /** The letter-model token of a char ({@link LetterModel#token}). */
    static char token(char c) {
        return TOKEN[c];
    }

    /** The cost of a supplementary code point (emoji are common, the rest is not). */
    static float supplementaryCost(int cp) {
        if (cp >= 0x1F000 && cp <= 0x1FAFF) {
            return 2f;
        }
        if (cp >= 0x20000 && cp <= 0x3FFFF) {
            return 7f;
        }
        return Character.getType(cp) == Character.UNASSIGNED || cp >= 0xF0000 ? 10f : 6f;
    }
}
