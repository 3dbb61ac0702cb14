package io.textmend.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Reads a byte stream as lines (each with its {@code \n}, the last one maybe without), or as chunks
 * of whole lines, never holding more than one bounded buffer. Not thread-safe.
 */
final class LineReader {

    /** A line; when {@code overlong}, only its first bytes, the rest to be copied with {@link #copyRestOfLine}. */
    record Line(byte[] bytes, boolean overlong) {
    }

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    private long consumed;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** Bytes handed out so far. */
    long consumed() {
        return consumed;
    }

    /** Fills the buffer until it holds at least {@code n} bytes from {@code pos}, or the stream ends. */
    private void ensure(int n) throws IOException {
        if (lim - pos >= n || eof) {
            return;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        if (buf.length < n) {
            buf = Arrays.copyOf(buf, Math.max(n, buf.length * 2));
        }
        while (lim < n && !eof) {
            int r = in.read(buf, lim, buf.length - lim);
            if (r < 0) {
                eof = true;
            } else {
                lim += r;
            }
        }
    }

    private int indexOfNewline(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private byte[] take(int n) {
        byte[] out = Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        consumed += n;
        return out;
    }

    /** The next line with its line break, null at the end; a line over {@code max} bytes comes back overlong. */
    Line nextLine(int max) throws IOException {
        int scanned = 0;
        while (true) {
            int want = Math.min(max + 1, scanned + (1 << 16));
            ensure(want);
            int avail = lim - pos;
            if (avail == 0) {
                return null;
            }
            int nl = indexOfNewline(pos + scanned, pos + Math.min(avail, max + 1));
            if (nl >= 0) {
                int len = nl - pos + 1;
                return new Line(take(len), false);
            }
            if (avail > max) {
                return new Line(take(max), true);
            }
            if (eof) {
                return new Line(take(avail), false);
            }
            scanned = Math.min(avail, max + 1);
        }
    }

    /** Copies the rest of the current line, through its line break, to {@code out}. */
    void copyRestOfLine(OutputStream out) throws IOException {
        while (true) {
            ensure(1);
            if (lim == pos) {
                return;
            }
            int nl = indexOfNewline(pos, lim);
            int end = nl < 0 ? lim : nl + 1;
            out.write(buf, pos, end - pos);
            consumed += end - pos;
            pos = end;
            if (nl >= 0) {
                return;
            }
        }
    }

    /**
     * The next chunk of whole lines, about {@code target} bytes; a single line longer than
     * {@code maxLine} is cut (at a UTF-8 character boundary). Null at the end.
     */
    byte[] nextChunk(int target, int maxLine) throws IOException {
        ensure(target);
        int avail = lim - pos;
        if (avail == 0) {
            return null;
        }
        if (eof && avail <= target) {
            return take(avail);
        }
        for (int i = pos + Math.min(avail, target) - 1; i >= pos; i--) {
            if (buf[i] == '\n') {
                return take(i - pos + 1);
            }
        }
        // one line longer than the target: find its end, within maxLine
        ensure(maxLine + 1);
        avail = lim - pos;
        int nl = indexOfNewline(pos, pos + Math.min(avail, maxLine));
        if (nl >= 0) {
            return take(nl - pos + 1);
        }
        if (avail <= maxLine) {
            return take(avail); // the last line, without a line break
        }
        int cut = maxLine;
        while (cut > maxLine - 4 && (buf[pos + cut] & 0xC0) == 0x80) {
            cut--;
        }
        return take(cut);
    }
}
