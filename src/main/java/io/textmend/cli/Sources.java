package io.textmend.cli;

import io.textmend.encoding.InputTooLargeException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens inputs as byte streams: gzip is inflated transparently (detected by its magic number, not
 * its name), and whole pages are read within a limit counted after inflation, so a gzip bomb is
 * refused as soon as it passes the limit, not after inflating it.
 */
final class Sources {

    private static final int BUFFER = 1 << 16;

    private Sources() {
    }

    /** The input's bytes as a stream, inflated when they are gzip. */
    static BufferedInputStream open(Input in, Console console) throws IOException {
        InputStream raw = in.isStdin() ? console.in() : Files.newInputStream(in.path());
        int buffer = in.isStdin() ? BUFFER : (int) Math.max(8192, Math.min(BUFFER, Files.size(in.path()) + 16));
        return inflating(new BufferedInputStream(raw, buffer));
    }

    static BufferedInputStream inflating(BufferedInputStream in) throws IOException {
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        if (a == 0x1F && b == 0x8B) {
            return new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
        }
        return in;
    }

    /**
     * The bytes of a whole page in a regular file of {@code size} bytes (at most {@code maxBytes}),
     * inflated when they are gzip; what {@link #readPage} reads from {@link #open}, in one
     * {@code open} and two {@code read}s for a plain file instead of a stream's buffering.
     */
    static byte[] readSmallFile(Path p, long size, long maxBytes) throws IOException {
        byte[] b;
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(p)) {
            b = new byte[(int) size];
            int n = 0;
            while (n < b.length) {
                int r = ch.read(java.nio.ByteBuffer.wrap(b, n, b.length - n));
                if (r < 0) {
                    break;
                }
                n += r;
            }
            if (n < b.length) {
                b = java.util.Arrays.copyOf(b, n); // it shrank since its size was read
            } else {
                // one more read: at the end it finds nothing; a file still growing is read on as a stream
                byte[] more = Channels.newInputStream(ch).readNBytes((int) (maxBytes + 1 - n));
                if (more.length > 0) {
                    b = java.util.Arrays.copyOf(b, n + more.length);
                    System.arraycopy(more, 0, b, n, more.length);
                }
            }
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
            return readPage(inflating(new BufferedInputStream(new java.io.ByteArrayInputStream(b), BUFFER)), maxBytes);
        }
        if (b.length > maxBytes) {
            throw new InputTooLargeException(maxBytes);
        }
        return b;
    }

    /** Reads a whole page, refusing more than {@code maxBytes}. */
    static byte[] readPage(InputStream in, long maxBytes) throws IOException {
        byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
        if (b.length > maxBytes) {
            throw new InputTooLargeException(maxBytes);
        }
        return b;
    }

    /** Counts the bytes read through it. */
    static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count++;
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        long count() {
            return count;
        }
    }

    /** Whether a stream (marked and reset, so nothing is consumed) starts like a WARC record. */
    static boolean startsWithWarc(BufferedInputStream in) throws IOException {
        in.mark(8);
        byte[] head = in.readNBytes(5);
        in.reset();
        return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals("WARC/");
    }

    /** Whether a path's name says it is a WARC or WET archive. */
    static boolean isWarcName(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz") || n.endsWith(".wet") || n.endsWith(".wet.gz");
    }
}
