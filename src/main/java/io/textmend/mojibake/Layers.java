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
        if (s.length() < 2) {
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
}
