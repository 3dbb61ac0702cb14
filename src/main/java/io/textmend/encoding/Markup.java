package io.textmend.encoding;

/**
 * The text bytes of a page for charset statistics: markup ({@code <...>} spans, which are ASCII
 * in every ASCII-compatible charset, since no multi-byte charset textmend detects uses bytes below
 * 0x40 as trail bytes) is replaced by one space, so that tag names, attributes and scripts do not
 * drown the letters that tell charsets apart.
 */
final class Markup {

    private Markup() {
    }

    /** True when the bytes hold at least a few tags. */
    static boolean looksLikeMarkup(byte[] b) {
        int tags = 0;
        int n = Math.min(b.length, 4096);
        for (int i = 0; i + 1 < n; i++) {
            if (b[i] == '<' && (Character.isLetter(b[i + 1]) || b[i + 1] == '/' || b[i + 1] == '!')) {
                if (++tags >= 3) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The bytes outside tags; a tag becomes one space. An unclosed tag runs to the end. */
    static byte[] textBytes(byte[] b) {
        byte[] out = new byte[b.length];
        int o = 0;
        boolean inTag = false;
        for (byte x : b) {
            if (inTag) {
                if (x == '>') {
                    inTag = false;
                }
            } else if (x == '<') {
                inTag = true;
                out[o++] = ' ';
            } else {
                out[o++] = x;
            }
        }
        return java.util.Arrays.copyOf(out, o);
    }

    /** The bytes statistics should look at: the text between tags when that keeps enough non-ASCII. */
    static byte[] forStatistics(byte[] b) {
        if (!looksLikeMarkup(b)) {
            return b;
        }
        byte[] t = textBytes(b);
        int nonAscii = 0;
        for (byte x : t) {
            if (x < 0) {
                nonAscii++;
            }
        }
        return nonAscii >= 8 ? t : b;
    }
}
