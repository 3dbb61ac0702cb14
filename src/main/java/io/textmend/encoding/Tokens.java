package io.textmend.encoding;

/**
 * The alphabet the language models count in. ASCII letters stand for themselves, folded to lower
 * case; digits, white space, punctuation and controls collapse to one token each; every other
 * character stands for itself, case kept. Stateless.
 */
final class Tokens {

    static final int DIGIT = '0';
    static final int SPACE = ' ';
    static final int PUNCT = '.';
    /** An ASCII control character. */
    static final int CONTROL = 1;

    /** The number of ASCII tokens: 26 letters, digit, space, punctuation, control. */
    static final int ASCII_CLASSES = 30;
    private static final int[] CLASS_TOKENS = new int[ASCII_CLASSES];
    private static final int[] CLASS_OF = new int[128];

    static {
        for (int i = 0; i < 26; i++) {
            CLASS_TOKENS[i] = 'a' + i;
            CLASS_OF['a' + i] = i;
        }
        CLASS_TOKENS[26] = DIGIT;
        CLASS_TOKENS[27] = SPACE;
        CLASS_TOKENS[28] = PUNCT;
        CLASS_TOKENS[29] = CONTROL;
        CLASS_OF[DIGIT] = 26;
        CLASS_OF[SPACE] = 27;
        CLASS_OF[PUNCT] = 28;
        CLASS_OF[CONTROL] = 29;
    }

    private Tokens() {
    }

    /** The token of a code point. */
    static int of(int cp) {
        if (cp >= 0x80) {
            return cp;
        }
        if (cp >= 'a' && cp <= 'z') {
            return cp;
        }
        if (cp >= 'A' && cp <= 'Z') {
            return cp + ('a' - 'A');
        }
        if (cp >= '0' && cp <= '9') {
            return DIGIT;
        }
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f') {
            return SPACE;
        }
        return cp < 0x20 || cp == 0x7F ? CONTROL : PUNCT;
    }

    /** The index (0 to 29) of an ASCII token. */
    static int asciiClass(int token) {
        return CLASS_OF[token];
    }

    /** The ASCII token of a class index. */
    static int asciiToken(int cls) {
        return CLASS_TOKENS[cls];
    }

    /** True for the tokens that stand for ASCII. */
    static boolean isAscii(int token) {
        return token < 0x80;
    }
}
