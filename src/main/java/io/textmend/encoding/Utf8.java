package io.textmend.encoding;

/**
 * Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF). Stateless.
 */
public final class Utf8 {

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private Utf8() {
    }

    /** True when all of {@code b[off, off+len)} is well-formed UTF-8. */
    public static boolean isValid(byte[] b, int off, int len) {
        return firstInvalid(b, off, len) < 0;
    }

    public static boolean isValid(byte[] b) {
        return isValid(b, 0, b.length);
    }

    /** True when every byte is below 0x80. */
    public static boolean isAscii(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        while (i + 8 <= end && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
            i += 8;
        }
        for (; i < end; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decodes bytes that {@link #isValid(byte[])} accepted, to the same String as
     * {@code new String(b, UTF_8)}: one pass that copies ASCII runs eight bytes at a time, where the
     * JDK (17) decodes a page with a non-ASCII letter near its start byte by byte, after a failed
     * try at Latin-1. Only for validated bytes: an ill-formed sequence is not detected here.
     */
    static String decodeValid(byte[] b) {
        int n = b.length;
        int i = 0;
        while (i + 8 <= n && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
            i += 8;
        }
        while (i < n && b[i] >= 0) {
            i++;
        }
        if (i == n) {
            return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1); // ASCII: the bytes are the chars
        }
        char[] c = new char[n];
        for (int k = 0; k < i; k++) {
            c[k] = (char) b[k];
        }
        int j = i;
        while (i < n) {
            int x = b[i];
            if (x >= 0) {
                c[j++] = (char) x;
                i++;
                while (i + 8 <= n && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
                    c[j] = (char) b[i];
                    c[j + 1] = (char) b[i + 1];
                    c[j + 2] = (char) b[i + 2];
                    c[j + 3] = (char) b[i + 3];
                    c[j + 4] = (char) b[i + 4];
                    c[j + 5] = (char) b[i + 5];
                    c[j + 6] = (char) b[i + 6];
                    c[j + 7] = (char) b[i + 7];
                    i += 8;
                    j += 8;
                }
            } else if (x >= -32) { // 0xE0..0xFF lead: three or four bytes
                if (x < -16) {
                    c[j++] = (char) ((x & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F);
                    i += 3;
                } else {
                    int cp = (x & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
                    c[j++] = Character.highSurrogate(cp);
                    c[j++] = Character.lowSurrogate(cp);
                    i += 4;
                }
            } else { // 0xC2..0xDF lead: two bytes
                c[j++] = (char) ((x & 0x1F) << 6 | b[i + 1] & 0x3F);
                i += 2;
            }
        }
        return new String(c, 0, j);
    }

    /**
     * The offset of the first byte that starts an ill-formed sequence, or -1 when the range is
     * valid. A sequence cut off by the end of the range counts as ill-formed.
     */
    public static int firstInvalid(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end) {
            // skip ASCII quickly, eight bytes at a time
            while (i + 8 <= end && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
                i += 8;
            }
            while (i < end && b[i] >= 0) {
                i++;
            }
            if (i >= end) {
                return -1;
            }
            int n = sequenceLength(b, i, end);
            if (n <= 0) {
                return i;
            }
            i += n;
        }
        return -1;
    }

    /**
     * The length of the well-formed sequence starting at {@code i} (1 to 4), or 0 when the bytes
     * at {@code i} do not start one.
     */
    public static int sequenceLength(byte[] b, int i, int end) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
            return 1;
        }
        if (c < 0xC2) {
            return 0;
        }
        if (c < 0xE0) {
            return i + 1 < end && isCont(b[i + 1]) ? 2 : 0;
        }
        if (c < 0xF0) {
            if (i + 2 >= end) {
                return 0;
            }
            int c1 = b[i + 1] & 0xFF;
            if (c == 0xE0 && c1 < 0xA0 || c == 0xED && c1 > 0x9F) {
                return 0;
            }
            return isCont(b[i + 1]) && isCont(b[i + 2]) ? 3 : 0;
        }
        if (c < 0xF5) {
            if (i + 3 >= end) {
                return 0;
            }
            int c1 = b[i + 1] & 0xFF;
            if (c == 0xF0 && c1 < 0x90 || c == 0xF4 && c1 > 0x8F) {
                return 0;
            }
            return isCont(b[i + 1]) && isCont(b[i + 2]) && isCont(b[i + 3]) ? 4 : 0;
        }
        return 0;
    }

    private static boolean isCont(byte x) {
        return (x & 0xC0) == 0x80;
    }
}
