package io.textmend.encoding;

/** UTF-16 and UTF-32 without a BOM, recognised by where their zero bytes fall. */
final class Utf16 {

    private Utf16() {
    }

    /** The charset name when the first {@code n} bytes look like BOM-less UTF-16/32, else null. */
    static String guess(byte[] b, int n) {
        n = Math.min(n, b.length) & ~3;
        if (n < 4) {
            return null;
        }
        int[] zerosAt = new int[4];
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                zerosAt[i & 3]++;
            }
        }
        int quarter = n / 4;
        if (zerosAt[1] > quarter * 9 / 10 && zerosAt[2] > quarter * 9 / 10 && zerosAt[3] > quarter * 9 / 10) {
            return "utf-32le";
        }
        if (zerosAt[0] > quarter * 9 / 10 && zerosAt[1] > quarter * 9 / 10 && zerosAt[2] > quarter * 9 / 10) {
            return "utf-32be";
        }
        int evenZeros = zerosAt[0] + zerosAt[2];
        int oddZeros = zerosAt[1] + zerosAt[3];
        int half = n / 2;
        if (oddZeros > half / 3 && evenZeros < half / 20) {
            return "utf-16le";
        }
        if (evenZeros > half / 3 && oddZeros < half / 20) {
            return "utf-16be";
        }
        return null;
    }

    static boolean looksLikeUtf16or32(byte[] b, int n) {
        return guess(b, n) != null;
    }
}
