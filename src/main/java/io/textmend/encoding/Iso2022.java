package io.textmend.encoding;

/** The 7-bit ISO-2022 charsets, recognised by their escape sequences. Stateless. */
final class Iso2022 {

    private Iso2022() {
    }

    /** {@code iso-2022-jp}, {@code iso-2022-kr}, {@code iso-2022-cn}, or null. */
    static String detect(byte[] b) {
        boolean esc = false;
        for (byte x : b) {
            if (x < 0) {
                return null;
            }
            esc |= x == 0x1B;
        }
        if (!esc) {
            return null;
        }
        for (int i = 0; i + 3 < b.length; i++) {
            if (b[i] != 0x1B) {
                continue;
            }
            int c1 = b[i + 1];
            int c2 = b[i + 2];
            int c3 = b[i + 3];
            if (c1 == '$' && (c2 == 'B' || c2 == '@') || c1 == '(' && (c2 == 'J' || c2 == 'I')
                    || c1 == '$' && c2 == '(' && c3 == 'D') {
                return "iso-2022-jp";
            }
            if (c1 == '$' && c2 == ')' && c3 == 'C') {
                return "iso-2022-kr";
            }
            if (c1 == '$' && (c2 == 'A' || c2 == ')' && (c3 == 'A' || c3 == 'G') || c2 == '*' && c3 == 'H')) {
                return "iso-2022-cn";
            }
        }
        return null;
    }
}
