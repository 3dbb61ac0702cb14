package io.textmend.encoding;

import java.nio.charset.Charset;
import java.util.List;

/**
 * UTF-16 and UTF-32 without a BOM: recognised by where their zero bytes fall, or, for text with
 * few ASCII characters (Japanese, Chinese), by decoding it and scoring the result. Stateless.
 */
final class Utf16 {

    private static final int SAMPLE = 8192;

    private Utf16() {
    }

    private static final class Holder {
        static final List<Candidate> WIDE = List.of(Candidate.wide("UTF-16LE", 0), Candidate.wide("UTF-16BE", 0));
    }

    /** The charset name when the first {@code n} bytes look like BOM-less UTF-16/32, else null. */
    static String guess(byte[] b, int n) {
        String g = guessByZeros(b, n);
        return g != null && plausible(b, Math.min(n, b.length), g) ? g : null;
    }

    /** Fewer bytes than this never count as BOM-less UTF-16/32: a few NULs are as likely binary. */
    private static final int MIN_WIDE_BYTES = 16;

    /** True when the guessed decoding gives text, not control codes (binary data has zeros too). */
    private static boolean plausible(byte[] b, int n, String charset) {
        String t = new String(b, 0, n & ~3, java.nio.charset.Charset.forName(charset));
        int bad = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFD' || c >= 0xE000 && c <= 0xF8FF) {
                bad++;
            }
        }
        return bad * 20 <= t.length();
    }

    private static String guessByZeros(byte[] b, int n) {
        n = Math.min(n, b.length) & ~3;
        if (n < MIN_WIDE_BYTES) {
            return null;
        }
        int[] zerosAt = new int[4];
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                zerosAt[i & 3]++;
            }
        }
        int quarter = n / 4;
        // UTF-32: the top byte of every unit is zero, the next nearly always (BMP text)
        if (zerosAt[3] == quarter && zerosAt[2] > quarter * 7 / 10 && zerosAt[0] < quarter / 10) {
            return "utf-32le";
        }
        if (zerosAt[0] == quarter && zerosAt[1] > quarter * 7 / 10 && zerosAt[3] < quarter / 10) {
            return "utf-32be";
        }
        int evenZeros = zerosAt[0] + zerosAt[2];
        int oddZeros = zerosAt[1] + zerosAt[3];
        int half = n / 2;
        if (oddZeros * 3 > half && evenZeros * 20 < half) {
            return "utf-16le";
        }
        if (evenZeros * 3 > half && oddZeros * 20 < half) {
            return "utf-16be";
        }
        return null;
    }

    /**
     * UTF-16 text of one script keeps its high bytes in a few values (0x30 for kana, 0x4E to
     * 0x9F for Han, 0x04 for Cyrillic): when one byte position has far fewer distinct values than
     * the other, decode both ways and keep an order whose text is plausible.
     */
    static String guessByScoring(byte[] b) {
        int n = Math.min(b.length, SAMPLE) & ~1;
        if (n < 8 || (b.length & 1) != 0) {
            return null;
        }
        boolean[] even = new boolean[256];
        boolean[] odd = new boolean[256];
        int de = 0;
        int dodd = 0;
        for (int i = 0; i < n; i += 2) {
            int e = b[i] & 0xFF;
            int o = b[i + 1] & 0xFF;
            if (!even[e]) {
                even[e] = true;
                de++;
            }
            if (!odd[o]) {
                odd[o] = true;
                dodd++;
            }
        }
        if (Math.min(de, dodd) * 3 > Math.max(de, dodd)) {
            return null;
        }
        Candidate c = de < dodd ? Holder.WIDE.get(1) : Holder.WIDE.get(0);
        String text = c.decode(b, 0, n);
        int bad = 0;
        int chars = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            chars++;
            if (ch == 0xFFFD || TextScorer.unseenCost(ch) <= -20 && ch >= 0x80
                    || ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t') {
                bad++;
            }
        }
        TextScorer.Score s = TextScorer.score(text, LanguageModels.all(), 4000);
        boolean plausible = bad * 50 <= chars && s.nonAscii() > 0 && s.value() / s.nonAscii() > -9;
        return plausible ? (c == Holder.WIDE.get(1) ? "utf-16be" : "utf-16le") : null;
    }

    static boolean looksLikeUtf16or32(byte[] b, int n) {
        return guess(b, n) != null || guessByScoring(b) != null;
    }

    static Charset charset(String name) {
        return Charset.forName(name);
    }
}
