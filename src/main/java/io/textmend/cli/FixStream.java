package io.textmend.cli;

import io.textmend.Change;
import io.textmend.InputKind;
import io.textmend.encoding.DecodedText;
import io.textmend.encoding.EncodingDetector;
import io.textmend.html.HtmlCharsets;
import io.textmend.mojibake.FixResult;
import io.textmend.mojibake.MojibakeFixer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code textmend fix} on an input too large to read whole: it streams, in chunks of whole lines
 * (only a line longer than {@link #MAX_LINE} bytes is cut, at a character boundary), repaired on the
 * worker pool and written in order, in bounded memory.
 *
 * <p>The charset is decided from the first {@link #PREFIX} bytes: a BOM; else UTF-8 when that
 * prefix is valid UTF-8; else what {@link EncodingDetector} says of the prefix. In UTF-8 mode a
 * chunk that is valid UTF-8 and needs no repair is written as the very bytes it came with (pure
 * ASCII chunks are not even decoded); a later invalid byte does not stop the stream: each invalid
 * run is read as windows-1252 (the same policy the detector applies to mostly-UTF-8 files) and
 * reported as {@code mixed_encoding}. Not thread-safe: one instance per input.
 */
final class FixStream {

    /** Inputs up to this size are read whole and decoded with the full detector. */
    static final int PREFIX = 4 << 20;
    static final int CHUNK = 64 << 10;
    static final int MAX_LINE = 1 << 20;
    private static final long IN_FLIGHT_BYTES = 16L << 20;
    private static final char[] CP1252 = sloppyCp1252();

    private record Piece(byte[] bytes, List<Change> changes, long firstLine) {
    }

    private final AbstractCommand cmd;
    private final Input in;
    private final MojibakeFixer fixer;
    private final EncodingDetector detector;
    private final boolean asciiIsClean;
    private final boolean forceHtml;
    private final boolean forceText;
    private long lines = 1;
    private boolean first = true;
    private boolean html;

    FixStream(AbstractCommand cmd, Input in, MojibakeFixer fixer, EncodingDetector detector, boolean asciiIsClean,
            boolean forceHtml, boolean forceText) {
        this.cmd = cmd;
        this.in = in;
        this.fixer = fixer;
        this.detector = detector;
        this.asciiIsClean = asciiIsClean;
        this.forceHtml = forceHtml;
        this.forceText = forceText;
    }

    /** Whether the stream holds more than {@link #PREFIX} bytes (looked at, not consumed). */
    static boolean isLarge(BufferedInputStream body) throws IOException {
        body.mark(PREFIX + 1);
        try {
            return body.readNBytes(PREFIX + 1).length > PREFIX;
        } finally {
            body.reset();
        }
    }

    void run(BufferedInputStream body, OutputStream out) throws IOException {
        body.mark(PREFIX);
        byte[] head = body.readNBytes(PREFIX);
        body.reset();
        html = forceHtml || !forceText
                && InputKind.sniff(new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1))
                == InputKind.HTML;
        Ordered<Piece> ordered = new Ordered<>(cmd.threads > 1 ? cmd.recordPool() : null, cmd.threads,
                IN_FLIGHT_BYTES, p -> write(p, out));
        try {
            Charset cs = charsetOf(head);
            if (cs == StandardCharsets.UTF_8) {
                if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                    body.skipNBytes(3);
                }
                streamUtf8(body, ordered);
            } else {
                streamChars(new InputStreamReader(body, decoderFor(cs)), ordered);
            }
            ordered.drain();
        } catch (IOException | RuntimeException | Error e) {
            ordered.cancel();
            throw e;
        }
    }

    private Charset charsetOf(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return detector.decode(head).charset().toLowerCase(java.util.Locale.ROOT).contains("32")
                    ? Charset.forName("UTF-32") : StandardCharsets.UTF_16;
        }
        if (Utf8Check.firstInvalid(head, 0, head.length, true) < 0) {
            return StandardCharsets.UTF_8;
        }
        DecodedText d = detector.decode(head);
        String name = d.charset();
        if (name.equalsIgnoreCase("utf-8")) {
            return StandardCharsets.UTF_8;
        }
        return io.textmend.encoding.CodePages.jdkCharset(name).orElse(StandardCharsets.UTF_8);
    }

    private static CharsetDecoder decoderFor(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    private void streamUtf8(BufferedInputStream body, Ordered<Piece> ordered) throws IOException {
        LineReader reader = new LineReader(body);
        for (byte[] chunk; (chunk = reader.nextChunk(CHUNK, MAX_LINE)) != null; ) {
            byte[] c = chunk;
            boolean isFirst = first;
            first = false;
            long firstLine = lines;
            if (cmd.reporter.enabled() || cmd.explain) {
                lines += newlines(c);
            }
            cmd.stats.bytesIn.add(c.length);
            ordered.submit(c.length, () -> fixUtf8(c, isFirst, firstLine));
        }
    }

    private void streamChars(Reader reader, Ordered<Piece> ordered) throws IOException {
        char[] buf = new char[CHUNK * 2];
        int len = 0;
        boolean eof = false;
        while (!eof || len > 0) {
            while (!eof && len < buf.length) {
                int r = reader.read(buf, len, buf.length - len);
                if (r < 0) {
                    eof = true;
                } else {
                    len += r;
                }
            }
            int cut = len;
            if (!eof) {
                int nl = lastNewline(buf, Math.min(len, CHUNK));
                cut = nl >= 0 ? nl + 1 : Math.min(len, CHUNK);
                if (nl < 0 && Character.isHighSurrogate(buf[cut - 1])) {
                    cut--;
                }
            }
            String s = new String(buf, 0, cut);
            System.arraycopy(buf, cut, buf, 0, len - cut);
            len -= cut;
            boolean isFirst = first;
            first = false;
            long firstLine = lines;
            if (cmd.reporter.enabled() || cmd.explain) {
                lines += s.chars().filter(ch -> ch == '\n').count();
            }
            cmd.stats.bytesIn.add(s.length());
            ordered.submit(s.length(), () -> fixChars(s, List.of(), isFirst, firstLine));
        }
    }

    private static int lastNewline(char[] buf, int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static long newlines(byte[] b) {
        long n = 0;
        for (byte x : b) {
            if (x == '\n') {
                n++;
            }
        }
        return n;
    }

    private Piece fixUtf8(byte[] chunk, boolean isFirst, long firstLine) {
        int bad = Utf8Check.firstInvalid(chunk, 0, chunk.length, false);
        if (bad < 0) {
            if (asciiIsClean && !(isFirst && html) && Utf8Check.isAscii(chunk)) {
                return new Piece(chunk, List.of(), firstLine);
            }
            String s = new String(chunk, StandardCharsets.UTF_8);
            FixResult r = fixer.fix(s);
            if (!r.changed() && !(isFirst && html)) {
                return new Piece(chunk, List.of(), firstLine);
            }
            return piece(r, List.of(), isFirst, firstLine);
        }
        List<Change> spans = new ArrayList<>();
        String s = decodeMixed(chunk, spans);
        return fixChars(s, spans, isFirst, firstLine);
    }

    private Piece fixChars(String s, List<Change> before, boolean isFirst, long firstLine) {
        return piece(fixer.fix(s), before, isFirst, firstLine);
    }

    private Piece piece(FixResult r, List<Change> before, boolean isFirst, long firstLine) {
        String out = r.text();
        if (isFirst && html) {
            out = HtmlCharsets.declareUtf8(out);
        }
        List<Change> changes = new ArrayList<>(before);
        changes.addAll(r.changes());
        return new Piece(out.getBytes(StandardCharsets.UTF_8), changes, firstLine);
    }

    /** Valid UTF-8 as UTF-8, each invalid run as windows-1252 (browsers' reading of 0x80 to 0x9F). */
    static String decodeMixed(byte[] b, List<Change> spans) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        int runStart = 0;
        while (i < b.length) {
            int n = Utf8Check.sequenceLength(b, i, b.length);
            if (n > 0) {
                i += n;
                continue;
            }
            sb.append(new String(b, runStart, i - runStart, StandardCharsets.UTF_8));
            int from = i;
            while (i < b.length && Utf8Check.sequenceLength(b, i, b.length) == 0) {
                i++;
            }
            int at = sb.length();
            for (int k = from; k < i; k++) {
                sb.append(CP1252[b[k] & 0xFF]);
            }
            String piece = sb.substring(at);
            spans.add(new Change("encoding", "mixed_encoding", at, sb.length(), piece, piece,
                    "invalid UTF-8 bytes read as windows-1252"));
            runStart = i;
        }
        sb.append(new String(b, runStart, b.length - runStart, StandardCharsets.UTF_8));
        return sb.toString();
    }

    private static char[] sloppyCp1252() {
        char[] t = new char[256];
        Charset cs = Charset.forName("windows-1252");
        for (int i = 0; i < 256; i++) {
            String s = cs.decode(ByteBuffer.wrap(new byte[] {(byte) i})).toString();
            t[i] = s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : (char) i;
        }
        return t;
    }

    private void write(Piece p, OutputStream out) throws IOException {
        out.write(p.bytes());
        cmd.stats.bytesOut.add(p.bytes().length);
        if (!p.changes().isEmpty()) {
            cmd.stats.count(p.changes());
            cmd.reporter.recordChanges(in.display(), p.firstLine(), null, p.changes());
            cmd.explain(in.display() + ":" + p.firstLine(), p.changes());
        }
    }
}
