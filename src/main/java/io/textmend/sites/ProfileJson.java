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
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Site profiles as JSON (jackson-core streaming only). One object a site, version 3:
 * <pre>
 * {
 *   "format" : "textmend-site-profile",
 *   "version" : 3,
 *   "site" : "example.com",
 *   "pages" : 34, "distinct_pages" : 30, "overflow_pages" : 0, "floor" : 0, "line_count" : 812,
 *   "state" : [ "&lt;base64&gt;", … ],
 *   "template" : {
 *     "min_share" : 0.3, "min_pages" : 3, "threshold" : 9,
 *     "lines" : [
 *       {"hash":"…","sample":"Home | World | Sport","pages":34,"distinct":30,"zones":[34,0,0],"header":false},
 *       …
 *     ]
 *   }
 * }
 * </pre>
 * <ul>
 *   <li>{@code pages}, {@code overflow_pages}, {@code floor} and {@code state} are the exactly
 *       mergeable part. {@code state} is the page keys and every line's counts and sample packed
 *       by {@link StateCodec}, base64 in chunks of {@value #CHUNK} chars (concatenated, they are
 *       one base64 text).</li>
 *   <li>{@code template} is derived, for people: the lines that are template under the options
 *       the file was written with, most frequent first, with their samples and counts, and
 *       whether each is a related-content header. It is not read back.</li>
 *   <li>{@code distinct_pages} and {@code line_count} are for readers and are recomputed.</li>
 * </ul>
 * Version 2 (samples only of lines in two or more distinct pages, in the {@code template}
 * section and a {@code "samples"} object of hash to sample, not in the state) and version 1 (one
 * JSON object a line, with hex hashes and a sample each) are still read. Unknown fields are
 * skipped; a missing format marker, a newer version, bad base64 or a malformed state fails with an
 * {@link IOException} saying what. Stateless and thread-safe.
 */
public final class ProfileJson {

    static final String FORMAT = "textmend-site-profile";

    /** Chars of base64 per string of {@code "state"} (a multiple of 4). */
    static final int CHUNK = 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private ProfileJson() {
    }

    /** The JSON of a profile, its template section under {@link SiteOptions#defaults()}. */
    public static String toJson(SiteProfile p) {
        return toJson(p, SiteOptions.defaults());
    }

    /** The JSON of a profile, its template section under {@code options}. */
    public static String toJson(SiteProfile p, SiteOptions options) {
        StringWriter w = new StringWriter();
        try {
            write(p, options, w);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    /** Writes one profile under {@link SiteOptions#defaults()} (the writer is flushed, not closed). */
    public static void write(SiteProfile p, Writer out) throws IOException {
        write(p, SiteOptions.defaults(), out);
    }

    /**
     * Writes one profile (the writer is flushed, not closed). {@code options} only decide which
     * lines the derived {@code "template"} section lists; the counts are the same under any.
     */
    public static void write(SiteProfile p, SiteOptions options, Writer out) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        SiteTemplate t = new SiteTemplate(p, options);
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
            g.writeNumberField("line_count", p.lines().size());
            g.writeArrayFieldStart("state");
            String state = Base64.getEncoder().encodeToString(StateCodec.encode(p.pageKeysArray(), p.lines()));
            for (int i = 0; i < state.length(); i += CHUNK) {
                g.writeString(state.substring(i, Math.min(state.length(), i + CHUNK)));
            }
            g.writeEndArray();
            g.writeObjectFieldStart("template");
            g.writeNumberField("min_share", options.minShare());
            g.writeNumberField("min_pages", options.minPages());
            g.writeNumberField("threshold", t.threshold());
            g.writeArrayFieldStart("lines");
            for (LineEntry e : p.lines()) {
                if (t.isTemplate(e.hash())) {
                    g.writeRawValue(templateLine(e, t.isHeader(e.hash())));
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static String templateLine(LineEntry e, boolean header) throws IOException {
        StringWriter w = new StringWriter(120);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("hash", hex(e.hash()));
            g.writeStringField("sample", e.sample());
            g.writeNumberField("pages", e.pages());
            g.writeNumberField("distinct", e.distinctPages());
            g.writeArrayFieldStart("zones");
            g.writeNumber(e.header());
            g.writeNumber(e.body());
            g.writeNumber(e.footer());
            g.writeEndArray();
            g.writeBooleanField("header", header);
            g.writeEndObject();
        }
        return w.toString();
    }

    public static SiteProfile fromJson(String json) throws IOException {
        return read(new java.io.StringReader(json));
    }

    /**
     * Reads one profile of version 1, 2 or 3 (the reader is not closed); malformed input is an
     * {@link IOException} whose message says what.
     */
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
            StringBuilder state = null;
            Map<Long, String> samples = new HashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken v = p.nextToken();
                switch (f) {
                    case "format" -> {
                        format = p.getValueAsString();
                        checkFormat(format);
                    }
                    case "version" -> {
                        version = p.getValueAsInt(-1);
                        checkVersion(version);
                    }
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
                    case "state" -> {
                        expect(p, v, JsonToken.START_ARRAY);
                        state = new StringBuilder();
                        JsonToken t;
                        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
                            state.append(p.getText());
                        }
                        expect(p, t, JsonToken.END_ARRAY);
                    }
                    case "template" -> readTemplate(p, v, samples);
                    case "samples" -> {
                        expect(p, v, JsonToken.START_OBJECT);
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            long h = unhex1(p.currentName());
                            JsonToken t = p.nextToken();
                            if (t != JsonToken.VALUE_NULL) {
                                expect(p, t, JsonToken.VALUE_STRING);
                                samples.put(h, p.getText());
                            }
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            checkFormat(format);
            checkVersion(version);
            if (site == null) {
                throw new IOException("site profile without \"site\"");
            }
            if (version >= 2) {
                if (state == null) {
                    throw new IOException("version " + version + " site profile without \"state\"");
                }
                if (!lines.isEmpty()) {
                    throw new IOException("version " + version + " site profile with version-1 \"lines\"");
                }
                StateCodec.State st;
                try {
                    st = StateCodec.decode(Base64.getDecoder().decode(state.toString()), version >= 3);
                } catch (IllegalArgumentException e) {
                    throw new IOException("site profile state is not base64: " + e.getMessage(), e);
                }
                keys = st.pageKeys();
                lines = st.lines();
            }
            if (version == 2) {
                Map<Long, LineEntry> byHash = new HashMap<>(lines.size() * 2);
                for (LineEntry e : lines) {
                    byHash.put(e.hash(), e);
                }
                for (Map.Entry<Long, String> sm : samples.entrySet()) {
                    LineEntry e = byHash.get(sm.getKey());
                    if (e == null) {
                        throw new IOException("sample of line " + hex(sm.getKey()) + ", which is not in the state");
                    }
                    byHash.put(e.hash(), e.withSample(sm.getValue()));
                }
                lines = new ArrayList<>(byHash.values());
            }
            try {
                return new SiteProfile(site, pages, overflow, floor, keys, lines);
            } catch (IllegalArgumentException e) {
                throw new IOException("bad site profile: " + e.getMessage(), e);
            }
        }
    }

    private static void checkFormat(String format) throws IOException {
        if (!FORMAT.equals(format)) {
            throw new IOException("not a textmend site profile (format is " + format + ")");
        }
    }

    private static void checkVersion(int version) throws IOException {
        if (version < 1 || version > SiteProfile.FORMAT_VERSION) {
            throw new IOException("unsupported site profile version " + version + " (this textmend reads versions 1 to "
                    + SiteProfile.FORMAT_VERSION + ")");
        }
    }

    /** Takes the samples of the derived template section; its counts are recomputed from the state. */
    private static void readTemplate(JsonParser p, JsonToken v, Map<Long, String> samples) throws IOException {
        expect(p, v, JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken t = p.nextToken();
            if (!f.equals("lines")) {
                p.skipChildren();
                continue;
            }
            expect(p, t, JsonToken.START_ARRAY);
            while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
                Long hash = null;
                String sample = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String g = p.currentName();
                    JsonToken u = p.nextToken();
                    if (g.equals("hash")) {
                        hash = unhex1(p.getValueAsString());
                    } else if (g.equals("sample") && u != JsonToken.VALUE_NULL) {
                        expect(p, u, JsonToken.VALUE_STRING);
                        sample = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
                if (hash == null) {
                    throw new IOException("template line without \"hash\"");
                }
                if (sample != null) {
                    samples.put(hash, sample);
                }
            }
            expect(p, t, JsonToken.END_ARRAY);
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
                case "hash" -> hash = unhex1(p.getValueAsString());
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

    /** Exactly one hash of 16 hex digits. */
    static long unhex1(String s) throws IOException {
        if (s == null || s.length() != 16) {
            throw new IOException("a line hash is not 16 hex digits: " + s);
        }
        return unhex(s)[0];
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
