package io.textmend.encoding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A single-byte code page as a pair of tables, with the "sloppy" behaviour of browsers: a byte the
 * standard table leaves undefined decodes to the code point with the same number (0x81 to U+0081
 * in windows-1252), so that every byte sequence round-trips. The JDK's own windows-1252 turns those
 * bytes into U+FFFD, and real mojibake made by browsers then cannot be undone.
 *
 * <p>Immutable and thread-safe.
 */
public final class SingleByteCodePage {

    private final String name;
    private final char[] toChar = new char[256];
    /** char to byte, or -1 when the char is not in this code page. */
    private final short[] toByte = new short[65536];

    private SingleByteCodePage(String name, char[] table) {
        this.name = name;
        System.arraycopy(table, 0, toChar, 0, 256);
        Arrays.fill(toByte, (short) -1);
        for (int b = 255; b >= 0; b--) {
            toByte[toChar[b]] = (short) b;
        }
    }

    /**
     * Builds the sloppy version of a JDK single-byte charset.
     *
     * @param name the name textmend reports for it, such as {@code sloppy-windows-1252}
     */
    static SingleByteCodePage sloppy(String name, Charset base) {
        Objects.requireNonNull(base, "base");
        char[] table = new char[256];
        byte[] one = new byte[1];
        for (int b = 0; b < 256; b++) {
            one[0] = (byte) b;
            String s = new String(one, base);
            char c = s.length() == 1 ? s.charAt(0) : '\uFFFD';
            table[b] = c == '\uFFFD' ? (char) b : c;
        }
        return new SingleByteCodePage(name, table);
    }

    /**
     * Reads a table shipped as a resource: one line per byte, the byte and its code point in hex,
     * or the byte alone when the charset leaves it undefined (it then maps to the same code point).
     */
    static SingleByteCodePage fromResource(String name, String resource) {
        char[] table = new char[256];
        for (int b = 0; b < 256; b++) {
            table[b] = (char) b;
        }
        for (String line : LanguageModels.lines(resource)) {
            String[] f = line.split("\t");
            if (f.length == 2) {
                table[Integer.parseInt(f[0], 16)] = (char) Integer.parseInt(f[1], 16);
            }
        }
        return new SingleByteCodePage(name, table);
    }

    /** Latin-1: every byte is the code point with the same number. */
    static SingleByteCodePage latin1() {
        return sloppy("iso-8859-1", StandardCharsets.ISO_8859_1);
    }

    public String name() {
        return name;
    }

    /** The char that byte {@code b} (0 to 255) stands for. */
    public char decode(int b) {
        return toChar[b & 0xFF];
    }

    /** Decodes bytes; never fails, since every byte is defined. */
    public String decode(byte[] bytes, int off, int len) {
        char[] out = new char[len];
        for (int i = 0; i < len; i++) {
            out[i] = toChar[bytes[off + i] & 0xFF];
        }
        return new String(out);
    }

    public String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** The byte for {@code c}, or -1 when this code page cannot encode it. */
    public int encode(char c) {
        return toByte[c];
    }

    /** True when every char of {@code s} from {@code start} to {@code end} is encodable. */
    public boolean canEncode(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (toByte[s.charAt(i)] < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return name;
    }
}
