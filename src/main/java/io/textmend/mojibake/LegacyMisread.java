package io.textmend.mojibake;

import java.util.List;

/**
 * Finds spans of a legacy page read with another code page: cp1251, GBK, Shift_JIS, EUC-KR,
 * Big5, cp1250, cp1253 and the rest shown as windows-1252 ({@code Ïðèâåò} for {@code Привет},
 * {@code ÄãºÃ} for {@code 你好}), or KOI8-R shown as windows-1251. The span's bytes under the
 * wrong code page are decoded with the intended one, and the result is kept only when it is
 * clearly more plausible and at least two characters long (one character is no evidence, two only beside other repairs).
 * Stateless and thread-safe.
 */
final class LegacyMisread {

    private LegacyMisread() {
    }

    static void find(String text, Codec wrong, Codec intended, List<Candidate> out) {
        int n = text.length();
        int i = 0;
        StringBuilder sb = new StringBuilder();
        while (i < n) {
            char c = text.charAt(i);
            int b = c < 0x80 ? Codec.NONE : wrong.encode(c);
            if (b < 0x80) {
                i++;
                continue;
            }
            int start = i;
            sb.setLength(0);
            int decodedChars = 0;
            int lastEnd = start;
            int lastLen = 0;
            while (i < n) {
                int b0 = byteAt(text, i, wrong);
                if (b0 < 0x80) {
                    break;
                }
                if (intended.isDoubleByte()) {
                    int b1 = i + 1 < n ? byteAt(text, i + 1, wrong) : Codec.NONE;
                    char d = b1 >= 0x40 ? intended.decodePair(b0, b1) : 0;
                    if (d != 0) {
                        sb.append(d);
                        i += 2;
                    } else if (intended.decodeSingle(b0) != 0 && b0 >= 0xA1) {
                        sb.append(intended.decodeSingle(b0));
                        i++;
                    } else {
                        break;
                    }
                } else {
                    sb.append(intended.decodeSingle(b0));
                    i++;
                }
                decodedChars++;
                lastEnd = i;
                lastLen = sb.length();
            }
            if (decodedChars >= 2) {
                add(text, start, lastEnd, sb.substring(0, lastLen), wrong, intended,
                        decodedChars < (intended.isDoubleByte() ? 2 : 3), out);
            }
            if (i == start) {
                i++;
            }
        }
    }

    private static int byteAt(String text, int i, Codec wrong) {
        int e = wrong.encode(text.charAt(i));
        return e >= 0 && e <= 0xFF ? e : Codec.NONE;
    }

    /** True when {@code s} holds at least two different chars. */
    private static boolean twoDistinct(String s) {
        for (int k = 1; k < s.length(); k++) {
            if (s.charAt(k) != s.charAt(0)) {
                return true;
            }
        }
        return false;
    }

    private static void add(String text, int cs, int ce, String dec, Codec wrong, Codec intended, boolean shortWord,
            List<Candidate> out) {
        int signs = 0;
        for (int k = 0; k < dec.length(); k++) {
            if (!CharClass.isLetter(CharClass.cls(dec.charAt(k))) && CharClass.cls(dec.charAt(k)) != CharClass.MARK) {
                signs++;
            }
        }
        if (signs * 5 > dec.length() || !twoDistinct(dec)) {
            return; // a legacy page decodes to words, not to a pile of signs
        }
        char before = cs > 0 ? text.charAt(cs - 1) : ' ';
        char after = ce < text.length() ? text.charAt(ce) : ' ';
        float orig = Plausibility.cost(text, cs, ce, before, after);
        float fixed = Plausibility.cost(dec, before, after) + intended.prior() + wrong.prior();
        float gain = orig - fixed;
        String detail = intended.name() + " read as " + wrong.name();
        if (gain > 1.5f && fixed < 0.7f * orig) {
            // two characters alone are weak evidence: kept only beside other certain repairs
            out.add(new Candidate(cs, ce, dec, gain, detail, shortWord));
        } else if (gain > -0.5f && fixed < orig) {
            out.add(new Candidate(cs, ce, dec, gain, detail, true));
        }
    }
}
