package io.textmend.sites;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The exactly mergeable part of a profile (page keys, and every line's counts and sample) packed
 * into bytes, for the {@code "state"} of a profile. Stateless and thread-safe.
 *
 * <p>Layout (varint = unsigned LEB128, u64 = 8 bytes big-endian):
 * <pre>
 * varint K, K x u64    page keys, ascending (unsigned)
 * varint N, N x u64    line hashes, ascending (unsigned), non-zero
 * N samples, in hash order (version 3 only; a version-2 state goes on with the records):
 *   varint             0 for none, else 1 + the sample's length in UTF-8 bytes
 *   bytes              the sample, strict UTF-8
 * N records, in hash order:
 *   tag                bits 0-1 zones: 0 all header, 1 all body, 2 all footer, 3 three varints follow
 *                      bit 2 pages == 1        (else varint pages)
 *                      bit 3 delta == 0        (else varint delta)
 *                      bit 4 one content key   (else varint count; 0 = saturated)
 *                      bit 5 one next hash     (else varint count)
 *                      bit 6 next_pages == pages (else varint next_pages)
 *                      bit 7 reserved, 0
 *   [pages] [delta] [header body footer]
 *   [key count] keys   each a varint: 0 then a u64 key, or i &gt; 0 meaning page key number
 *                      (previous number + i), numbers ascending from -1
 *   [next count] next  the same, numbering the line hashes above
 *   [next_pages]
 * </pre>
 * A line seen once costs its hash, a tag and two small numbers (12 to 15 bytes), and its sample
 * (at most {@value SiteOptions#SAMPLE_BYTES} bytes from the learner). A sample with a lone
 * surrogate, which has no UTF-8 form, is written up to it. Keys and next
 * hashes that are not in the tables (keys beyond the page-key cap, lines pruned by lossy counting)
 * are written in full, so the encoding is lossless for every profile.
 */
final class StateCodec {

    private static final int ZONES_EXPLICIT = 3;
    private static final int ONE_PAGE = 1 << 2;
    private static final int NO_DELTA = 1 << 3;
    private static final int ONE_KEY = 1 << 4;
    private static final int ONE_NEXT = 1 << 5;
    private static final int NEXT_ALL = 1 << 6;
    private static final int RESERVED = 1 << 7;

    private static final Comparator<LineEntry> BY_HASH = (a, b) -> Long.compareUnsigned(a.hash(), b.hash());

    private StateCodec() {
    }

    /** The lines and page keys decoded from a state (samples null in a version-2 state). */
    record State(long[] pageKeys, List<LineEntry> lines) {
    }

    static byte[] encode(long[] pageKeys, List<LineEntry> lines) {
        LineEntry[] byHash = lines.toArray(new LineEntry[0]);
        Arrays.sort(byHash, BY_HASH);
        long[] hashes = new long[byHash.length];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = byHash[i].hash();
        }
        Sink out = new Sink(16 + pageKeys.length * 8 + byHash.length * 48);
        out.varint(pageKeys.length);
        for (long k : pageKeys) {
            out.u64(k);
        }
        out.varint(hashes.length);
        for (long h : hashes) {
            out.u64(h);
        }
        for (LineEntry e : byHash) {
            String sample = e.sample();
            if (sample == null) {
                out.varint(0);
                continue;
            }
            byte[] utf8 = sample.substring(0, LineStat.utf8Prefix(sample, 0, sample.length(), Integer.MAX_VALUE))
                    .getBytes(StandardCharsets.UTF_8);
            out.varint(1L + utf8.length);
            out.raw(utf8);
        }
        for (LineEntry e : byHash) {
            int zone = zoneCode(e);
            long[] keys = e.keysArray();
            long[] next = e.nextArray();
            int tag = zone
                    | (e.pages() == 1 ? ONE_PAGE : 0)
                    | (e.delta() == 0 ? NO_DELTA : 0)
                    | (keys.length == 1 ? ONE_KEY : 0)
                    | (next.length == 1 ? ONE_NEXT : 0)
                    | (e.nextPages() == e.pages() ? NEXT_ALL : 0);
            out.u8(tag);
            if (e.pages() != 1) {
                out.varint(e.pages());
            }
            if (e.delta() != 0) {
                out.varint(e.delta());
            }
            if (zone == ZONES_EXPLICIT) {
                out.varint(e.header());
                out.varint(e.body());
                out.varint(e.footer());
            }
            if (keys.length != 1) {
                out.varint(keys.length);
            }
            refs(out, keys, pageKeys);
            if (next.length != 1) {
                out.varint(next.length);
            }
            refs(out, next, hashes);
            if (e.nextPages() != e.pages()) {
                out.varint(e.nextPages());
            }
        }
        return out.bytes();
    }

    private static int zoneCode(LineEntry e) {
        long p = e.pages();
        if (e.header() == p && e.body() == 0 && e.footer() == 0) {
            return 0;
        }
        if (e.body() == p && e.header() == 0 && e.footer() == 0) {
            return 1;
        }
        if (e.footer() == p && e.header() == 0 && e.body() == 0) {
            return 2;
        }
        return ZONES_EXPLICIT;
    }

    /** Writes a sorted set of hashes as numbers into the sorted {@code table}, or in full. */
    private static void refs(Sink out, long[] values, long[] table) {
        int prev = -1;
        for (long v : values) {
            int i = indexOf(table, v, prev + 1);
            if (i < 0) {
                out.varint(0);
                out.u64(v);
            } else {
                out.varint(i - prev);
                prev = i;
            }
        }
    }

    private static int indexOf(long[] table, long v, int from) {
        int lo = from;
        int hi = table.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Long.compareUnsigned(table[mid], v);
            if (c == 0) {
                return mid;
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /** Decodes a state; {@code samples} when it has the sample section (version 3). */
    static State decode(byte[] bytes, boolean samples) throws IOException {
        Source in = new Source(bytes);
        long[] pageKeys = table(in, "page key", false);
        long[] hashes = table(in, "line hash", true);
        String[] texts = new String[hashes.length];
        if (samples) {
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            for (int i = 0; i < hashes.length; i++) {
                long n = in.varint();
                if (n == 0) {
                    continue;
                }
                byte[] raw = in.raw(n - 1, "sample of line " + ProfileJson.hex(hashes[i]));
                String text;
                try {
                    text = utf8.decode(ByteBuffer.wrap(raw)).toString();
                } catch (CharacterCodingException e) {
                    throw in.error("sample of line " + ProfileJson.hex(hashes[i]) + " is not UTF-8");
                }
                texts[i] = text;
            }
        }
        List<LineEntry> lines = new ArrayList<>(hashes.length);
        for (int i = 0; i < hashes.length; i++) {
            long h = hashes[i];
            int tag = in.u8();
            if ((tag & RESERVED) != 0) {
                throw in.error("line " + ProfileJson.hex(h) + " has an unknown tag bit");
            }
            long pages = (tag & ONE_PAGE) != 0 ? 1 : in.varint();
            long delta = (tag & NO_DELTA) != 0 ? 0 : in.varint();
            long header = 0;
            long body = 0;
            long footer = 0;
            switch (tag & 3) {
                case 0 -> header = pages;
                case 1 -> body = pages;
                case 2 -> footer = pages;
                default -> {
                    header = in.varint();
                    body = in.varint();
                    footer = in.varint();
                }
            }
            int nk = (tag & ONE_KEY) != 0 ? 1 : in.count(SiteOptions.LINE_PAGE_KEYS - 1, "content keys of a line");
            long[] keys = BottomK.of(readRefs(in, nk, pageKeys), SiteOptions.LINE_PAGE_KEYS);
            int nn = (tag & ONE_NEXT) != 0 ? 1 : in.count(SiteOptions.NEXT_KEYS, "next hashes of a line");
            long[] next = BottomK.of(readRefs(in, nn, hashes), SiteOptions.NEXT_KEYS);
            long nextPages = (tag & NEXT_ALL) != 0 ? pages : in.varint();
            lines.add(new LineEntry(h, pages, delta, header, body, footer, keys, next, nextPages, texts[i]));
        }
        if (in.remaining() != 0) {
            throw in.error(in.remaining() + " bytes after the last line");
        }
        return new State(pageKeys, lines);
    }

    private static long[] table(Source in, String what, boolean nonZero) throws IOException {
        int n = in.count(in.remaining() / 8, what + "s");
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = in.u64();
            if (i > 0 && Long.compareUnsigned(t[i - 1], t[i]) >= 0) {
                throw in.error(what + "s are not in ascending order");
            }
            if (nonZero && t[i] == LineNormalizer.BLANK) {
                throw in.error(what + " 0");
            }
        }
        return t;
    }

    private static long[] readRefs(Source in, int n, long[] table) throws IOException {
        long[] out = new long[n];
        long prev = -1;
        for (int i = 0; i < n; i++) {
            long v = in.varint();
            if (v == 0) {
                out[i] = in.u64();
            } else {
                prev += v;
                if (prev >= table.length) {
                    throw in.error("reference " + prev + " beyond a table of " + table.length);
                }
                out[i] = table[(int) prev];
            }
        }
        return out;
    }

    /** A growable byte buffer. */
    private static final class Sink {
        private byte[] buf;
        private int n;

        Sink(int cap) {
            buf = new byte[Math.max(16, cap)];
        }

        void u8(int b) {
            if (n == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[n++] = (byte) b;
        }

        void varint(long v) {
            while ((v & ~0x7fL) != 0) {
                u8((int) (v & 0x7f) | 0x80);
                v >>>= 7;
            }
            u8((int) v);
        }

        void raw(byte[] b) {
            if (n + b.length > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + b.length));
            }
            System.arraycopy(b, 0, buf, n, b.length);
            n += b.length;
        }

        void u64(long v) {
            for (int s = 56; s >= 0; s -= 8) {
                u8((int) (v >>> s) & 0xff);
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, n);
        }
    }

    /** A reader over bytes whose errors say where. */
    private static final class Source {
        private final byte[] buf;
        private int at;

        Source(byte[] buf) {
            this.buf = buf;
        }

        int remaining() {
            return buf.length - at;
        }

        int u8() throws IOException {
            if (at >= buf.length) {
                throw error("state ends too early");
            }
            return buf[at++] & 0xff;
        }

        byte[] raw(long n, String what) throws IOException {
            if (n > remaining()) {
                throw error(what + " ends after the state");
            }
            byte[] b = Arrays.copyOfRange(buf, at, at + (int) n);
            at += (int) n;
            return b;
        }

        long u64() throws IOException {
            if (remaining() < 8) {
                throw error("state ends too early");
            }
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = v << 8 | (buf[at++] & 0xff);
            }
            return v;
        }

        /** A varint that must fit a non-negative long. */
        long varint() throws IOException {
            long v = 0;
            for (int shift = 0; shift < 63; shift += 7) {
                int b = u8();
                v |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw error("count beyond range");
        }

        int count(long max, String what) throws IOException {
            long v = varint();
            if (v > max) {
                throw error(v + " " + what + " (at most " + max + ")");
            }
            return (int) v;
        }

        IOException error(String what) {
            return new IOException("site profile state: " + what + " at byte " + at);
        }
    }
}
