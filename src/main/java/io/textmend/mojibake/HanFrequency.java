package io.textmend.mojibake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How common each Han character and Hangul syllable is. Two sources of evidence: the frequency
 * table {@code han-frequency.txt} (characters ranked by their count in real Chinese, Japanese
 * and Korean news text), and the level-1 sets of the national standards (GB2312 level 1, Big5
 * common, JIS X 0208 level 1, KS X 1001 Hangul), which were themselves chosen by frequency.
 * Mojibake made by reading UTF-8 as GBK or Big5 lands mostly in the rare rows; real text mostly in
 * the common ones. Loaded once; used only while {@link CharClass} builds its tables.
 */
final class HanFrequency {

    private HanFrequency() {
    }

    static void applyTo(float[] cost) {
        for (int c = 0x4E00; c <= 0x9FFF; c++) {
            cost[c] = 5.5f;
        }
        for (int c = 0xAC00; c <= 0xD7A3; c++) {
            cost[c] = 6f;
        }
        markLevelOne(cost, "GB2312", 0xB0, 0xD7);
        markLevelOne(cost, "x-windows-950", 0xA4, 0xC6);
        markLevelOne(cost, "windows-31j", 0x88, 0x98);
        markLevelOne(cost, "EUC-KR", 0xB0, 0xC8);
        String ranked = load();
        int rank = 0;
        for (int i = 0; i < ranked.length(); i++) {
            char c = ranked.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF || c >= 0xAC00 && c <= 0xD7A3) {
                float f = rank < 1500 ? 2f : rank < 3500 ? 2.6f : 3.2f;
                cost[c] = Math.min(cost[c], f);
                rank++;
            }
        }
    }

    /** Characters whose two-byte code in {@code charset} has a lead byte in [lo, hi]. */
    private static void markLevelOne(float[] cost, String charset, int lo, int hi) {
        Charset cs;
        try {
            cs = Charset.forName(charset);
        } catch (RuntimeException e) {
            return;
        }
        CharsetEncoder enc = cs.newEncoder();
        char[] one = new char[1];
        for (int c = 0x4E00; c <= 0xD7A3; c++) {
            if (c > 0x9FFF && c < 0xAC00) {
                continue;
            }
            one[0] = (char) c;
            try {
                ByteBuffer b = enc.reset().encode(CharBuffer.wrap(one));
                if (b.remaining() == 2) {
                    int lead = b.get(0) & 0xFF;
                    if (lead >= lo && lead <= hi) {
                        cost[c] = Math.min(cost[c], 3.5f);
                    }
                }
            } catch (CharacterCodingException e) {
                // not in this standard
            }
        }
    }

    private static String load() {
        StringBuilder sb = new StringBuilder();
        try (InputStream in = HanFrequency.class.getResourceAsStream("han-frequency.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource han-frequency.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith("#")) {
                    sb.append(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }
}
