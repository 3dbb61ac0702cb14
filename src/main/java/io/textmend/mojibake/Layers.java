package io.textmend.mojibake;

import io.textmend.encoding.Utf8;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Mojibake made twice: a repaired span that is itself, as a whole, UTF-8 read as a single-byte
 * code page ({@code Ã¢â€â€™} gives {@code â”’}, which gives {@code ┒}). Judged on its own the
 * inner layer can look harmless; as part of a span already proven to be mojibake, a whole-span
 * well-formed UTF-8 round trip is strong evidence. Stateless and thread-safe.
 */
final class Layers {

    private static final int MAX_LAYERS = 3;

    private Layers() {
    }

    private static List<Codec> codecs() {
        List<Codec> l = new ArrayList<>();
        l.add(Codecs.Western.CP1252);
        l.addAll(Codecs.SingleByte.ALL);
        return l;
    }

    private static final class Holder {
        static final List<Codec> CODECS = List.copyOf(codecs());
    }

    /** {@code s} with as many further whole layers undone as the evidence allows. */
    static String peel(String s) {
        String current = s;
        for (int layer = 0; layer < MAX_LAYERS; layer++) {
            String next = peelOnce(current);
            if (next == null) {
                break;
            }
            current = next;
        }
        return current;
    }

    private static String peelOnce(String s) {
        if (s.length() < 2 || !looksGarbled(s)) {
            return null;
        }
        float base = Plausibility.cost(s, ' ', ' ');
        for (Codec c : Holder.CODECS) {
            byte[] bytes = new byte[s.length()];
            boolean high = false;
            boolean ok = true;
            for (int i = 0; i < s.length() && ok; i++) {
                int e = s.charAt(i) == '\uFFFD' ? Codec.NONE : c.encode(s.charAt(i));
                ok = e != Codec.NONE && e <= 0xFF;
                if (ok) {
                    bytes[i] = (byte) e;
                    high |= e >= 0x80;
                }
            }
            if (!ok && s.indexOf('\uFFFD') >= 0) {
                String lossy = decodeWithLost(s, c);
                if (lossy != null && Plausibility.cost(lossy, ' ', ' ') <= base) {
                    return lossy;
                }
                continue;
            }
            if (!ok || !high || !Utf8.isValid(bytes)) {
                continue;
            }
            String next = new String(bytes, StandardCharsets.UTF_8);
            if (Plausibility.cost(next, ' ', ' ') <= base + (c == Codecs.Western.CP1252 ? 1.5f : 0f)) {
                return next;
            }
        }
        return null;
    }

    /** A pair of neighbours that clean text seldom has: a letter glued to a sign, a C1 control. */
    private static boolean looksGarbled(String s) {
        char pp = ' ';
        char p = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c <= 0x9F || Plausibility.pair(pp, p, c) >= 2.5f
                    || CharClass.isLetter(CharClass.cls(p)) && p >= 0x80 && c >= 0x2010 && c <= 0x203A) {
                return true;
            }
            pp = p;
            p = c;
        }
        return false;
    }

    /**
     * Decodes {@code s}, read through {@code c}, as UTF-8 in which each U+FFFD stands for one lost
     * byte of a sequence: such a sequence becomes U+FFFD. Null unless every byte fits.
     */
    private static String decodeWithLost(String s, Codec c) {
        int n = s.length();
        int[] b = new int[n];
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            b[i] = ch == '\uFFFD' ? Utf8Misread.LOST : c.encode(ch);
            if (b[i] == Codec.NONE || b[i] > Utf8Misread.LOST) {
                return null;
            }
        }
        StringBuilder out = new StringBuilder();
        boolean lost = false;
        int i = 0;
        while (i < n) {
            int v = b[i];
            if (v < 0x80) {
                out.append((char) v);
                i++;
                continue;
            }
            int need = v >= 0xF0 && v <= 0xF4 ? 4 : v >= 0xE0 && v <= 0xEF ? 3 : v >= 0xC2 && v <= 0xDF ? 2 : 0;
            if (need == 0 || i + need > n) {
                return null;
            }
            boolean hasLost = false;
            int cp = v & (0xFF >> (need + 1));
            for (int k = 1; k < need; k++) {
                int x = b[i + k];
                if (x == Utf8Misread.LOST) {
                    hasLost = true;
                } else if (x < 0x80 || x > 0xBF) {
                    return null;
                }
                cp = cp << 6 | x & 0x3F;
            }
            if (hasLost) {
                out.append('\uFFFD');
                lost = true;
            } else if (cp < 0x80 || need == 3 && cp < 0x800 || cp >= 0xD800 && cp <= 0xDFFF || cp > 0x10FFFF) {
                return null;
            } else {
                out.appendCodePoint(cp);
            }
            i += need;
        }
        return lost ? out.toString() : null;
    }
}
