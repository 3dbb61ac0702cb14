package io.textmend.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.textmend.Change;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.UnaryOperator;

/** JSON with jackson-core's streaming API: report records and JSON Lines field rewriting. */
final class Json {

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    private Json() {
    }

    /** Something that writes one JSON value. */
    interface Writer {
        void write(JsonGenerator g) throws IOException;
    }

    /** One JSON value as a string, without a line break. */
    static String write(Writer w) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(sw)) {
            w.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    static String quote(String s) {
        return write(g -> g.writeString(s));
    }

    static void writeChanges(JsonGenerator g, List<Change> changes) throws IOException {
        g.writeArrayFieldStart("changes");
        for (Change c : changes) {
            g.writeStartObject();
            g.writeStringField("stage", c.stage());
            g.writeStringField("rule", c.rule());
            g.writeArrayFieldStart("span");
            g.writeNumber(c.start());
            g.writeNumber(c.end());
            g.writeEndArray();
            g.writeStringField("before", c.before());
            g.writeStringField("after", c.after());
            if (!c.detail().isEmpty()) {
                g.writeStringField("detail", c.detail());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Outcome of rewriting one JSON Lines record. */
    record Rewrite(String line, String error) {
    }

    /**
     * Rewrites one JSON Lines record: the top-level string field {@code field} goes through
     * {@code f}; every other byte of the line stays as it was (same fields, order and values).
     * A line that is not a JSON object, or has no such string field, comes back unchanged with
     * an error.
     */
    static Rewrite rewrite(String line, String field, UnaryOperator<String> f) {
        return rewrite(line, field, field, null, f);
    }

    /**
     * Rewrites one JSON Lines record: the top-level string field {@code source} goes through
     * {@code f} and the result is written as the value of the top-level field {@code target}: in
     * place when it exists (as a string, or null), else as a new last field. Every other byte stays.
     *
     * @param urls when not null, receives the value of the top-level string field {@code urlField}
     */
    static Rewrite rewrite(String line, String source, String target, Url urls, UnaryOperator<String> f) {
        int targetStart = -1;
        int targetEnd = -1;
        int closeAt = -1;
        boolean empty = true;
        String value = null;
        try (JsonParser p = FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new Rewrite(line, "not a JSON object");
            }
            int depth = 1;
            while (depth > 0) {
                JsonToken t = p.nextToken();
                if (t == null) {
                    return new Rewrite(line, "truncated JSON");
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                    if (depth == 0) {
                        closeAt = (int) p.currentTokenLocation().getCharOffset();
                    }
                } else if (t == JsonToken.FIELD_NAME && depth == 1) {
                    empty = false;
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    boolean isSource = name.equals(source) && value == null;
                    boolean isTarget = name.equals(target) && targetStart < 0;
                    if (v == JsonToken.VALUE_STRING) {
                        p.finishToken();
                        if (isSource) {
                            value = p.getText();
                        }
                        if (urls != null && name.equals(urls.field) && urls.value == null) {
                            urls.value = p.getText();
                        }
                    }
                    if (isTarget && (v == JsonToken.VALUE_STRING || v == JsonToken.VALUE_NULL || !source.equals(target))) {
                        if (v != JsonToken.VALUE_STRING && v != JsonToken.VALUE_NULL) {
                            return new Rewrite(line, "field '" + target + "' is not a string");
                        }
                        targetStart = (int) p.currentTokenLocation().getCharOffset();
                        targetEnd = (int) p.currentLocation().getCharOffset();
                    }
                    if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                        depth++;
                    }
                }
            }
            if (p.nextToken() != null) {
                return new Rewrite(line, "trailing data after the JSON object");
            }
        } catch (IOException e) {
            return new Rewrite(line, "not valid JSON (" + firstLine(e.getMessage()) + ")");
        }
        if (value == null) {
            return new Rewrite(line, "no string field '" + source + "'");
        }
        String out = f.apply(value);
        if (targetStart >= 0) {
            if (source.equals(target) && out.equals(value)) {
                return new Rewrite(line, null);
            }
            return new Rewrite(line.substring(0, targetStart) + quote(out) + line.substring(targetEnd), null);
        }
        String add = (empty ? "" : ",") + quote(target) + ":" + quote(out);
        return new Rewrite(line.substring(0, closeAt) + add + line.substring(closeAt), null);
    }

    /** Collects a record's URL field while it is parsed. */
    static final class Url {
        final String field;
        String value;

        Url(String field) {
            this.field = field;
        }
    }

    private static String firstLine(String m) {
        if (m == null) {
            return "parse error";
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
