package io.textmend.encoding;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/** Transparent gzip: compressed input is inflated, within a size limit counted after inflation. */
public final class Gzip {

    private Gzip() {
    }

    /** True when the bytes start with the gzip magic number. */
    public static boolean isGzip(byte[] b) {
        return b.length >= 2 && b[0] == 0x1F && (b[1] & 0xFF) == 0x8B;
    }

    /**
     * Inflates gzip data, or returns the bytes as they are when they are not gzip.
     *
     * @param maxBytes the most bytes the inflated data may have
     * @throws InputTooLargeException when the data inflates beyond {@code maxBytes}, before it is all read
     * @throws UncheckedIOException   when the gzip stream is corrupt
     */
    public static byte[] maybeInflate(byte[] b, long maxBytes) {
        if (!isGzip(b)) {
            return b;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(b), 65536)) {
            return readLimited(in, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt gzip data: " + e.getMessage(), e);
        }
    }

    /** Reads a stream to its end, refusing more than {@code maxBytes}. */
    public static byte[] readLimited(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw new InputTooLargeException(maxBytes);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
