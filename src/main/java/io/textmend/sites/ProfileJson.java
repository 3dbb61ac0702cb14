package io.textmend.sites;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Site profiles as JSON (jackson-core streaming only). One object a site:
 * <pre>
 * {
 *   "format" : "textmend-site-profile",
 *   "version" : 1,
 *   "site" : "example.com",
 *   "pages" : 34, "distinct_pages" : 30, "overflow_pages" : 0, "floor" : 0,
 *   "page_keys" : "&lt;16 hex digits a key, concatenated&gt;",
 *   "lines" : [
 *     {"hash":"…","sample":"Home | World | Sport","pages":34,"distinct":30,"delta":0,
 *      "zones":[34,0,0],"next_pages":34,"keys":"…","next":"…"},
 *     …one line an entry, most frequent first…
 *   ]
 * }
 * </pre>
 * {@code distinct_pages} and {@code distinct} are for readers and are recomputed on reading.
 * Unknown fields are skipped; a missing format marker or a newer version is an error. Stateless
 * and thread-safe.
 */
public final class ProfileJson {

    static final String FORMAT = "textmend-site-profile";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private ProfileJson() {
    }

    public static String toJson(SiteProfile p) {
        StringWriter w = new StringWriter();
        try {
            write(p, w);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    /** Writes one profile (the writer is flushed, not closed). */
    public static void write(SiteProfile p, Writer out) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", SiteProfile.FORMAT_VERSION);
            g.writeStringField("site", p.site());
            g.writeNumberField("pages", p.pages());
            g.writeNumberField("distinct_pages", p.distinctPages());
            g.writeNumberField("overflow_pages", p.overflowPages());
            g.writeNumberField("floor", p.floor());
            g.writeStringField("page_keys", hex(p.pageKeysArray()));
            g.writeArrayFieldStart("lines");
            for (LineEntry e : p.lines()) {
                g.writeRawValue(entry(e));
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static String entry(LineEntry e) throws IOException {
        StringWriter w = new StringWriter(160);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("hash", hex(e.hash()));
            g.writeStringField("sample", e.sample());
            g.writeNumberField("pages", e.pages());
            g.writeNumberField("distinct", e.distinctPages());
            g.writeNumberField("delta", e.delta());
            g.writeArrayFieldStart("zones");
            g.writeNumber(e.header());
            g.writeNumber(e.body());
            g.writeNumber(e.footer());
            g.writeEndArray();
            g.writeNumberField("next_pages", e.nextPages());
            g.writeStringField("keys", hex(e.keysArray()));
            g.writeStringField("next", hex(e.nextArray()));
            g.writeEndObject();
        }
        return w.toString();
    }

    public static SiteProfile fromJson(String json) throws IOException {
        return read(new java.io.StringReader(json));
    }

    /** Reads one profile (the reader is not closed); malformed input is an {@link IOException} whose message says what. */
    public static SiteProfile read(Reader in) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT);
            String format = null;
            int version = -1;
            String site = null;
            long pages = 0;
            long overflow = 0;
            long floor = 0;
            long[] keys = BottomK.EMPTY;
            List<LineEntry> lines = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken v = p.nextToken();
                switch (f) {
                    case "format" -> format = p.getValueAsString();
                    case "version" -> version = p.getIntValue();
                    case "site" -> site = p.getValueAsString();
                    case "pages" -> pages = p.getLongValue();
                    case "overflow_pages" -> overflow = p.getLongValue();
                    case "floor" -> floor = p.getLongValue();
                    case "page_keys" -> keys = unhex(p.getValueAsString());
                    case "lines" -> {
                        expect(p, v, JsonToken.START_ARRAY);
                        JsonToken t;
                        while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
                            lines.add(readEntry(p));
                        }
                        expect(p, t, JsonToken.END_ARRAY);
                    }
                    default -> p.skipChildren();
                }
            }
            if (!FORMAT.equals(format)) {
                throw new IOException("not a textmend site profile (format is " + format + ")");
            }
            if (version < 1 || version > SiteProfile.FORMAT_VERSION) {
                throw new IOException("unsupported site profile version " + version);
            }
            if (site == null) {
                throw new IOException("site profile without \"site\"");
            }
            try {
                return new SiteProfile(site, pages, overflow, floor, keys, lines);
            } catch (IllegalArgumentException e) {
                throw new IOException("bad site profile: " + e.getMessage(), e);
            }
        }
    }

    private static LineEntry readEntry(JsonParser p) throws IOException {
        long hash = 0;
        String sample = "";
        long pages = 0;
        long delta = 0;
        long[] zones = {0, 0, 0};
        long nextPages = 0;
        long[] keys = BottomK.EMPTY;
        long[] next = BottomK.EMPTY;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken v = p.nextToken();
            switch (f) {
                case "hash" -> hash = unhex(p.getValueAsString())[0];
                case "sample" -> sample = p.getValueAsString();
                case "pages" -> pages = p.getLongValue();
                case "delta" -> delta = p.getLongValue();
                case "zones" -> {
                    expect(p, v, JsonToken.START_ARRAY);
                    for (int i = 0; i < 3; i++) {
                        expect(p, p.nextToken(), JsonToken.VALUE_NUMBER_INT);
                        zones[i] = p.getLongValue();
                    }
                    expect(p, p.nextToken(), JsonToken.END_ARRAY);
                }
                case "next_pages" -> nextPages = p.getLongValue();
                case "keys" -> keys = BottomK.of(unhex(p.getValueAsString()), SiteOptions.LINE_PAGE_KEYS);
                case "next" -> next = BottomK.of(unhex(p.getValueAsString()), SiteOptions.NEXT_KEYS);
                default -> p.skipChildren();
            }
        }
        if (sample == null) {
            throw new IOException("line entry without sample");
        }
        if (hash == LineNormalizer.BLANK) {
            throw new IOException("line entry without a (non-zero) hash");
        }
        if (pages < 0 || delta < 0 || nextPages < 0 || zones[0] < 0 || zones[1] < 0 || zones[2] < 0) {
            throw new IOException("line entry " + hex(hash) + " has a negative count");
        }
        return new LineEntry(hash, pages, delta, zones[0], zones[1], zones[2], keys, next, nextPages, sample);
    }

    private static void expect(JsonParser p, JsonToken got, JsonToken want) throws IOException {
        if (got != want) {
            throw new IOException("site profile: expected " + want + " but found " + got + " at "
                    + p.currentLocation().offsetDescription());
        }
    }

    static String hex(long v) {
        return String.format(Locale.ROOT, "%016x", v);
    }

    static String hex(long[] vs) {
        StringBuilder b = new StringBuilder(vs.length * 16);
        for (long v : vs) {
            b.append(hex(v));
        }
        return b.toString();
    }

    static long[] unhex(String s) throws IOException {
        if (s == null || s.length() % 16 != 0) {
            throw new IOException("hash list length is not a multiple of 16 hex digits");
        }
        long[] out = new long[s.length() / 16];
        try {
            for (int i = 0; i < out.length; i++) {
                out[i] = Long.parseUnsignedLong(s, i * 16, i * 16 + 16, 16);
            }
        } catch (NumberFormatException e) {
            throw new IOException("bad hex in hash list: " + e.getMessage(), e);
        }
        return out;
    }
}
