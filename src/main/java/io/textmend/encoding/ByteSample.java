package io.textmend.encoding;

/**
 * A sample of bytes prepared once for scoring every single-byte candidate: where the non-ASCII
 * bytes are (and the bytes right after them), and the counts of ASCII-to-ASCII pairs, which read
 * the same in every ASCII-compatible code page. Per-call state; not shared.
 */
final class ByteSample {

    final byte[] bytes;
    final int off;
    final int end;
    /** Offsets of non-ASCII bytes and of the byte after each. */
    final int[] positions;
    final int count;
    /** Counts of ASCII token pairs, indexed {@code class(prev) * ASCII_CLASSES + class(next)}. */
    final int[] asciiPairs = new int[Tokens.ASCII_CLASSES * Tokens.ASCII_CLASSES];

    ByteSample(byte[] b, int off, int end, int maxPositions) {
        this.bytes = b;
        this.off = off;
        this.end = end;
        int[] pos = new int[Math.min(end - off, maxPositions)];
        int k = 0;
        int prev = Tokens.SPACE;
        boolean prevHigh = false;
        for (int i = off; i < end; i++) {
            boolean high = b[i] < 0;
            if (high || prevHigh) {
                if (k == pos.length) {
                    break;
                }
                pos[k++] = i;
                prev = high ? 0x80 : Tokens.of(b[i]);
            } else {
                int t = Tokens.of(b[i]);
                asciiPairs[Tokens.asciiClass(prev) * Tokens.ASCII_CLASSES + Tokens.asciiClass(t)]++;
                prev = t;
            }
            prevHigh = high;
        }
        this.positions = pos;
        this.count = k;
    }
}
