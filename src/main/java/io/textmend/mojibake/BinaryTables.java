package io.textmend.mojibake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.InflaterInputStream;

/**
 * Reads the precomputed tables shipped as deflated resources next to this class (per-char
 * classes and costs, the suspicion tables, the code pages, the letter models). Building them at
 * start-up took about half a CPU second of every JVM; they are made by
 * {@code BinaryTablesGenerator} (test sources) from their sources (the rules in that generator,
 * {@code han-frequency.txt}, {@code letter-bigrams.txt}, the JDK's double-byte charsets and
 * textmend's single-byte code pages), and {@code BinaryTablesTest} fails when a shipped file no
 * longer equals what its sources give.
 *
 * <p>Format: a deflate (zlib) stream of a 4-byte magic {@code TMT1}, then the sections in a fixed
 * order, big-endian, arrays without length prefixes unless the reader asks for one; the reader
 * checks that nothing is left over.
 */
final class BinaryTables {

    static final int MAGIC = 0x544D5431; // "TMT1"

    private final String resource;
    private final ByteBuffer in;

    private BinaryTables(String resource, ByteBuffer in) {
        this.resource = resource;
        this.in = in;
    }

    /** The inflated resource {@code name} (next to this class), after its magic. */
    static BinaryTables open(String name) {
        byte[] raw;
        try (InputStream s = BinaryTables.class.getResourceAsStream(name)) {
            if (s == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            raw = new InflaterInputStream(s, new java.util.zip.Inflater(), 1 << 16).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        BinaryTables t = new BinaryTables(name, ByteBuffer.wrap(raw));
        if (t.in.remaining() < 4 || t.in.getInt() != MAGIC) {
            throw new IllegalStateException("bad table resource " + name);
        }
        return t;
    }

    int readInt() {
        return in.getInt();
    }

    byte[] bytes(int n) {
        byte[] a = new byte[n];
        in.get(a);
        return a;
    }

    char[] chars(int n) {
        char[] a = new char[n];
        in.asCharBuffer().get(a);
        in.position(in.position() + 2 * n);
        return a;
    }

    int[] ints(int n) {
        int[] a = new int[n];
        in.asIntBuffer().get(a);
        in.position(in.position() + 4 * n);
        return a;
    }

    long[] longs(int n) {
        long[] a = new long[n];
        in.asLongBuffer().get(a);
        in.position(in.position() + 8 * n);
        return a;
    }

    float[] floats(int n) {
        float[] a = new float[n];
        in.asFloatBuffer().get(a);
        in.position(in.position() + 4 * n);
        return a;
    }

    /** A string written as a length (int) and its chars. */
    String string() {
        return new String(chars(readInt()));
    }

    /** Fails unless every byte of the resource was read. */
    void end() {
        if (in.hasRemaining()) {
            throw new IllegalStateException(in.remaining() + " bytes left over in " + resource);
        }
    }
}
