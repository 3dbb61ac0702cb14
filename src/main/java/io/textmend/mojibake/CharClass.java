package io.textmend.mojibake;

/**
 * Per-character facts the plausibility score uses: a coarse class, a script group, and the cost
 * of seeing the character in running text (low for the letters and punctuation of living
 * languages, high for the rare blocks that wrong decoders produce: IPA, Syriac, NKo, private use,
 * C1 controls, rare hanzi). Tables cover the BMP and are built once; immutable and thread-safe.
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

    private static final byte[] CLASS = new byte[65536];
    private static final byte[] SCRIPT = new byte[65536];
    private static final float[] COST = new float[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            CLASS[c] = classify(c);
            SCRIPT[c] = script(c);
            COST[c] = baseCost(c);
        }
        HanFrequency.applyTo(COST);
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

    private static byte classify(int c) {
        if (c == '\t' || c == '\n' || c == '\r' || c == ' ' || c == 0x3000 || c >= 0x2000 && c <= 0x200A) {
            return SPACE;
        }
        if (c == 0xA0 || c == 0x202F) {
            return NBSP;
        }
        if (c == 0xFFFD) {
            return REPLACEMENT;
        }
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            return CONTROL;
        }
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        if (c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D || c == 0x2039 || c == 0x203A
                || c == 0xAB || c == 0xBB) {
            return QUOTE;
        }
        if (c >= 0xD800 && c <= 0xDFFF) {
            return OTHER;
        }
        int type = Character.getType(c);
        switch (type) {
            case Character.LOWERCASE_LETTER:
                return c == 0xAA || c == 0xBA || c == 0x192 ? SYMBOL : LOWER; // ƒ is the florin sign
            case Character.UPPERCASE_LETTER:
            case Character.TITLECASE_LETTER:
                return UPPER;
            case Character.OTHER_LETTER:
            case Character.MODIFIER_LETTER:
                return c == 0xAA || c == 0xBA ? SYMBOL : LETTER;
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.COMBINING_SPACING_MARK:
                return MARK;
            case Character.DECIMAL_DIGIT_NUMBER:
                return DIGIT;
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.CONNECTOR_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
                return c >= 0xA1 && c <= 0xBF || c == 0x2020 || c == 0x2021 || c == 0x2030 ? SYMBOL : PUNCT;
            case Character.UNASSIGNED:
            case Character.PRIVATE_USE:
            case Character.FORMAT:
            case Character.CONTROL:
                return OTHER;
            default:
                return SYMBOL;
        }
    }

    private static byte script(int c) {
        if (c < 0x80) {
            return Character.isLetter(c) ? S_LATIN : S_NONE;
        }
        if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
            return S_NONE;
        }
        if (c >= 0x0591 && c <= 0x05C7) {
            return S_HEBREW;
        }
        if (c >= 0x0610 && c <= 0x061A || c >= 0x064B && c <= 0x065F || c == 0x0670 || c >= 0x06D6 && c <= 0x06ED) {
            return S_ARABIC;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return switch (s) {
            case LATIN -> S_LATIN;
            case GREEK -> S_GREEK;
            case CYRILLIC -> S_CYRILLIC;
            case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> S_CJK;
            case HEBREW -> S_HEBREW;
            case ARABIC -> S_ARABIC;
            case COMMON, INHERITED, UNKNOWN -> S_NONE;
            default -> (byte) (S_OTHER_BASE + s.ordinal() % 100);
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
            return 5.5f; // refined by HanFrequency
        }
        if (c <= 0xABFF) {
            return 7f;
        }
        if (c <= 0xD7A3) {
            return 6f; // refined by HanFrequency
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
