package io.textmend.mojibake;

import io.textmend.Change;
import java.nio.charset.Charset;
import java.util.List;

/**
 * C1 control characters (U+0080 to U+009F) standing where windows-1252 punctuation was meant.
 * They appear when windows-1252 text is decoded as Latin-1: the bytes 0x80 to 0x9F are curly
 * quotes, dashes and the euro sign in windows-1252 but invisible controls in Latin-1.
 */
final class C1Controls implements FixStep {

    private static final char[] CP1252 = new char[32];

    static {
        Charset cs = Charset.forName("windows-1252");
        for (int i = 0; i < 32; i++) {
            String s = new String(new byte[] {(byte) (0x80 + i)}, cs);
            CP1252[i] = s.charAt(0) == '\uFFFD' ? (char) (0x80 + i) : s.charAt(0);
        }
    }

    @Override
    public String name() {
        return FixSteps.FIX_C1_CONTROLS;
    }

    @Override
    public String apply(String text, List<Change> changes) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F && CP1252[c - 0x80] != c) {
                if (sb == null) {
                    sb = new StringBuilder(text.length()).append(text, 0, i);
                }
                char r = CP1252[c - 0x80];
                sb.append(r);
                changes.add(new Change("mojibake", name(), i, i + 1, String.valueOf(c), String.valueOf(r),
                        "C1 control read as windows-1252"));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
