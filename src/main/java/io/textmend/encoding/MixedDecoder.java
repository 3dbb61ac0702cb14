package io.textmend.encoding;

import io.textmend.Change;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * UTF-8 with legacy fragments pasted in: the valid UTF-8 is kept, and the invalid runs are
 * decoded with the legacy charset that fits them best (chosen over all runs together; a long run
 * is decided on its own). Each run is reported as a span. Stateless.
 */
final class MixedDecoder {

    /** A run at least this long picks its own charset. */
    private static final int OWN_DECISION = 24;
    /** ASCII gaps shorter than this between invalid bytes stay inside one run. */
    private static final int BRIDGE = 4;

    private MixedDecoder() {
    }

    /** True when most non-ASCII sequences are valid UTF-8, so the invalid ones are fragments. */
    static boolean mostlyUtf8(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < bytes.length) {
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int n = Utf8.sequenceLength(bytes, i, bytes.length);
            if (n > 0) {
                valid += n;
                i += n;
            } else {
                invalid++;
                i++;
            }
        }
        return valid >= 6 && valid >= 2 * invalid;
    }

    static DecodedText decode(byte[] bytes) {
        List<int[]> runs = runs(bytes);
        byte[] joined = join(bytes, runs);
        Candidate overall = StatisticalDetector.rank(joined, 0, joined.length, Candidates.all(), false)
                .best().candidate();
        StringBuilder out = new StringBuilder(bytes.length);
        List<Change> spans = new ArrayList<>();
        int pos = 0;
        for (int[] r : runs) {
            out.append(new String(bytes, pos, r[0] - pos, StandardCharsets.UTF_8));
            Candidate c = overall;
            if (r[1] - r[0] >= OWN_DECISION) {
                c = StatisticalDetector.rank(bytes, r[0], r[1] - r[0], Candidates.all(), false).best().candidate();
            }
            String piece = c.decode(bytes, r[0], r[1] - r[0]);
            spans.add(new Change("encoding", "mixed_encoding", out.length(), out.length() + piece.length(), piece,
                    piece, "bytes " + r[0] + ".." + r[1] + " decoded as " + c.name()));
            out.append(piece);
            pos = r[1];
        }
        out.append(new String(bytes, pos, bytes.length - pos, StandardCharsets.UTF_8));
        return new DecodedText(out.toString(), "utf-8", 0.8, DecodeSource.DETECTED, spans);
    }

    /** The invalid runs, as {start, end} byte offsets; short ASCII gaps are bridged. */
    static List<int[]> runs(byte[] b) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < b.length) {
            int n = Utf8.sequenceLength(b, i, b.length);
            if (n > 0) {
                i += n;
                continue;
            }
            int start = i;
            int end = i + 1;
            int j = end;
            while (j < b.length) {
                if (b[j] < 0 && Utf8.sequenceLength(b, j, b.length) == 0) {
                    end = ++j;
                } else if (b[j] >= 0 && j - end < BRIDGE) {
                    j++;
                } else {
                    break;
                }
            }
            // a multi-byte fragment may end with an ASCII trail byte (GBK, Shift_JIS, Big5)
            if (end < b.length && b[end] >= 0x40 && b[end] < 0x7F && (end - start) % 2 == 1) {
                end++;
            }
            runs.add(new int[] {start, end});
            i = end;
        }
        return runs;
    }

    private static byte[] join(byte[] b, List<int[]> runs) {
        int n = 0;
        for (int[] r : runs) {
            n += r[1] - r[0] + 2;
        }
        byte[] out = new byte[n];
        int k = 0;
        for (int[] r : runs) {
            // the ASCII byte before the run tells whether it starts inside a word
            int from = r[0] > 0 && b[r[0] - 1] >= 0x20 ? r[0] - 1 : r[0];
            System.arraycopy(b, from, out, k, r[1] - from);
            k += r[1] - from;
            out[k++] = ' ';
        }
        return java.util.Arrays.copyOf(out, k);
    }
}
