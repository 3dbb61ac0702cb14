package io.textmend.encoding;

import io.textmend.Change;
import java.io.ByteArrayOutputStream;
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
    /** ASCII bytes of context taken on each side of a run when choosing its charset. */
    private static final int CONTEXT = 12;
    /** How far {@link #mostlyUtf8} looks. */
    private static final int SCAN = 64 * 1024;

    private MixedDecoder() {
    }

    /** True when most non-ASCII sequences are valid UTF-8, so the invalid ones are fragments. */
    static boolean mostlyUtf8(byte[] bytes) {
        // valid sequences touching invalid bytes are counted as invalid: legacy text forms them by chance
        int valid = 0;
        int invalid = 0;
        int lastInvalid = -2;
        int i = 0;
        int end = Math.min(bytes.length, SCAN);
        while (i < end) {
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int n = Utf8.sequenceLength(bytes, i, bytes.length);
            if (n == 0) {
                invalid++;
                lastInvalid = i;
                i++;
                continue;
            }
            int next = i + n;
            boolean touches = lastInvalid == i - 1
                    || next < bytes.length && bytes[next] < 0 && Utf8.sequenceLength(bytes, next, bytes.length) == 0;
            if (touches) {
                invalid += n;
            } else {
                valid += n;
            }
            i = next;
        }
        return valid >= 6 && valid >= invalid;
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
            // bridge short gaps, including valid UTF-8 that legacy bytes form by chance
            while (j < b.length && j - end < BRIDGE) {
                int m = Utf8.sequenceLength(b, j, b.length);
                if (m == 0) {
                    end = ++j;
                } else {
                    j += m;
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

    /** The runs with up to {@code CONTEXT} ASCII bytes on each side, which tell the language. */
    private static byte[] join(byte[] b, List<int[]> runs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int[] r : runs) {
            int from = r[0];
            while (from > 0 && r[0] - from < CONTEXT && b[from - 1] >= 0x20) {
                from--;
            }
            int to = r[1];
            while (to < b.length && to - r[1] < CONTEXT && b[to] >= 0x20) {
                to++;
            }
            out.write(b, from, to - from);
            out.write('\n');
        }
        return out.toByteArray();
    }
}
