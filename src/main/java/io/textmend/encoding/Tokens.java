package io.textmend.encoding;

/**
 * The alphabet the language models count in. ASCII collapses to a few classes (every candidate
 * charset reads ASCII the same way, so its letters carry no evidence about the charset); every
 * other character stands for itself. Stateless.
 */
final class Tokens {

    /** An ASCII lower-case letter. */
    static final int LOWER = 'a';
    /** An ASCII upper-case letter. */
    static final int UPPER = 'A';
    static final int DIGIT = '0';
    static final int SPACE = ' ';
    static final int PUNCT = '.';
    /** An ASCII control character. */
    static final int CONTROL = 1;

    private Tokens() {
    }

    /** The token of a code point. */
    static int of(int cp) {
        if (cp >= 0x80) {
            return cp;
        }
        if (cp >= 'a' && cp <= 'z') {
            return LOWER;
        }
        if (cp >= 'A' && cp <= 'Z') {
            return UPPER;
        }
        if (cp >= '0' && cp <= '9') {
            return DIGIT;
        }
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f') {
            return SPACE;
        }
        return cp < 0x20 || cp == 0x7F ? CONTROL : PUNCT;
    }

    /** The number of ASCII token classes. */
    static final int ASCII_CLASSES = 6;
    private static final int[] CLASS_TOKENS = {LOWER, UPPER, DIGIT, SPACE, PUNCT, CONTROL};

    /** The index (0 to 5) of an ASCII token. */
    static int asciiClass(int token) {
        return switch (token) {
            case LOWER -> 0;
            case UPPER -> 1;
            case DIGIT -> 2;
            case SPACE -> 3;
            case PUNCT -> 4;
            default -> 5;
        };
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
