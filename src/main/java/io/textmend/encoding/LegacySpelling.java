package io.textmend.encoding;

import java.text.Normalizer;
import java.util.function.IntPredicate;

/**
 * How legacy charsets spell what they lack: windows-1258 writes Vietnamese with combining tone
 * marks, and the Central European code pages write Romanian ș and ț with a cedilla (ş, ţ). A
 * charset carries a character when it can write it either way. Stateless.
 */
final class LegacySpelling {

    private LegacySpelling() {
    }

    /** True when {@code encodable} can write {@code cp} directly or in a legacy spelling. */
    static boolean canWrite(int cp, IntPredicate encodable) {
        if (encodable.test(cp) || cp >= 0x300 && cp <= 0x36F) {
            return true; // combining accents: every charset with the accented letters writes them
        }
        int cedilla = cedilla(cp);
        if (cedilla != cp) {
            return encodable.test(cedilla);
        }
        String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        if (d.length() < 2) {
            return false;
        }
        String spelt = decomposed(d, encodable);
        return spelt.codePoints().allMatch(encodable);
    }

    /** Romanian comma-below letters to the cedilla letters older code pages have. */
    static int cedilla(int cp) {
        return switch (cp) {
            case 0x0218 -> 0x015E;
            case 0x0219 -> 0x015F;
            case 0x021A -> 0x0162;
            case 0x021B -> 0x0163;
            default -> cp;
        };
    }

    /** Text with the comma-below letters written with a cedilla. */
    static String withCedillas(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(cedilla(c)));
        return out.toString();
    }

    /** Text decomposed, then recomposed only where {@code encodable} has the composed letter. */
    static String decomposed(String s, IntPredicate encodable) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (out.length() > 0 && Character.getType(c) == Character.NON_SPACING_MARK) {
                char base = out.charAt(out.length() - 1);
                String composed = Normalizer.normalize("" + base + c, Normalizer.Form.NFC);
                if (composed.length() == 1 && encodable.test(composed.charAt(0))) {
                    out.setCharAt(out.length() - 1, composed.charAt(0));
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
