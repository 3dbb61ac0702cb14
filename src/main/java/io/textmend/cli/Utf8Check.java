package io.textmend.cli;

/** UTF-8 validation on bytes, for deciding how to stream. Stateless. */
final class Utf8Check {

    private Utf8Check() {
    }

    static boolean isAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The offset of the first byte that is not part of valid UTF-8, or -1.
     *
     * @param truncatedOk whether a sequence cut off by {@code end} counts as valid (a prefix of a stream)
     */
    static int firstInvalid(byte[] b, int off, int end, boolean truncatedOk) {
        int i = off;
        while (i < end) {
            if (b[i] >= 0) {
                i++;
                continue;
            }
            int n = sequenceLength(b, i, end);
            if (n == 0) {
                if (truncatedOk && end - i < 4 && truncatedPrefix(b, i, end)) {
                    return -1;
                }
                return i;
            }
            i += n;
        }
        return -1;
    }

    private static boolean truncatedPrefix(byte[] b, int i, int end) {
        int lead = b[i] & 0xFF;
        int need = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead <= 0xDF ? 2 : 0;
        if (need == 0 || end - i >= need) {
            return false;
        }
        for (int k = i + 1; k < end; k++) {
            if ((b[k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Length of the valid UTF-8 sequence at {@code i} (1 for ASCII), or 0 when it is not valid. */
    static int sequenceLength(byte[] b, int i, int end) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
            return 1;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            return i + 1 < end && cont(b[i + 1]) ? 2 : 0;
        }
        if (c >= 0xE0 && c <= 0xEF) {
            if (i + 2 >= end || !cont(b[i + 1]) || !cont(b[i + 2])) {
                return 0;
            }
            int c1 = b[i + 1] & 0xFF;
            if (c == 0xE0 && c1 < 0xA0 || c == 0xED && c1 > 0x9F) {
                return 0;
            }
            return 3;
        }
        if (c >= 0xF0 && c <= 0xF4) {
            if (i + 3 >= end || !cont(b[i + 1]) || !cont(b[i + 2]) || !cont(b[i + 3])) {
                return 0;
            }
            int c1 = b[i + 1] & 0xFF;
            if (c == 0xF0 && c1 < 0x90 || c == 0xF4 && c1 > 0x8F) {
                return 0;
            }
            return 4;
        }
        return 0;
    }

    private static boolean cont(byte x) {
        return (x & 0xC0) == 0x80;
    }
}
