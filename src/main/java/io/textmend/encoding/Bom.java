package io.textmend.encoding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Byte-order marks. */
final class Bom {

    private Bom() {
    }

    /** The text after a BOM, or null when there is no BOM. */
    static DecodedText decode(byte[] b) {
        int n = b.length;
        if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return of(b, 4, Charset.forName("UTF-32BE"), "utf-32be");
        }
        if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return of(b, 4, Charset.forName("UTF-32LE"), "utf-32le");
        }
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return of(b, 3, StandardCharsets.UTF_8, "utf-8");
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return of(b, 2, StandardCharsets.UTF_16BE, "utf-16be");
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return of(b, 2, StandardCharsets.UTF_16LE, "utf-16le");
        }
        return null;
    }

    private static DecodedText of(byte[] b, int skip, Charset cs, String name) {
        return new DecodedText(new String(b, skip, b.length - skip, cs), name, 1.0, DecodeSource.BOM, List.of());
    }
}
