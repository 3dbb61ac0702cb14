package io.textmend.encoding;

/** Recognises input that is not text. */
final class Binary {

    private Binary() {
    }

    private static final byte[][] MAGIC = {
        {(byte) 0x89, 'P', 'N', 'G'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {'G', 'I', 'F', '8'},
        {'%', 'P', 'D', 'F'}, {'P', 'K', 3, 4}, {0x1F, (byte) 0x8B}, {'B', 'Z', 'h'},
        {(byte) 0xFD, '7', 'z', 'X', 'Z'}, {'7', 'z', (byte) 0xBC, (byte) 0xAF}, {0x7F, 'E', 'L', 'F'},
        {'R', 'I', 'F', 'F'}, {0, 0, 1, 0}, {'W', 'E', 'B', 'P'}, {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE},
    };
    private static final String[] MAGIC_NAMES = {
        "PNG image", "JPEG image", "GIF image", "PDF document", "ZIP archive", "gzip data", "bzip2 data",
        "xz data", "7z archive", "ELF executable", "RIFF media", "icon", "WebP image", "Java class file",
    };

    /** Why these bytes are not text, or null when they may be text. */
    static String reason(byte[] b) {
        for (int m = 0; m < MAGIC.length; m++) {
            if (startsWith(b, MAGIC[m])) {
                return "binary input (" + MAGIC_NAMES[m] + ")";
            }
        }
        int n = Math.min(b.length, 8192);
        int nul = 0;
        int ctrl = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                nul++;
            } else if (c < 0x09 || c > 0x0F && c < 0x20 && c != 0x1B) { // SO, SI and ESC: ISO-2022
                ctrl++;
            }
        }
        if (nul > 0 && !Utf16.looksLikeUtf16or32(b, n)) {
            return "binary input (NUL bytes)";
        }
        if (nul == 0 && n > 0 && ctrl * 10 > n) {
            return "binary input (control bytes)";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, byte[] magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (b[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
