package io.textmend.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.List;

/**
 * What a page's JSON-LD says about its article: the first {@code headline}, {@code articleBody},
 * author name, {@code datePublished} and {@code inLanguage} found in any of its blocks. Read with a
 * streaming parser (no tree, no recursion); a block that is not valid JSON is skipped. Immutable.
 */
record JsonLd(String headline, String articleBody, String author, String datePublished, String language) {

    static final JsonLd NONE = new JsonLd("", "", "", "", "");

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build()).build();

    static JsonLd of(List<String> blocks) {
        Builder b = new Builder();
        for (String block : blocks) {
            try (JsonParser p = FACTORY.createParser(block)) {
                read(p, b);
            } catch (IOException | RuntimeException e) {
                // malformed structured data is common; what was read before the error is kept
            }
        }
        return new JsonLd(b.headline, b.body, b.author, b.date, b.language);
    }

    private static void read(JsonParser p, Builder b) throws IOException {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            if (t != JsonToken.FIELD_NAME) {
                continue;
            }
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "headline" -> b.headline = first(b.headline, p, v);
                case "articleBody" -> b.body = first(b.body, p, v);
                case "datePublished" -> b.date = first(b.date, p, v);
                case "inLanguage" -> b.language = first(b.language, p, v);
                case "author", "creator" -> {
                    if (b.author.isEmpty()) {
                        b.author = name(p, v);
                    } else {
                        p.skipChildren();
                    }
                }
                default -> { }
            }
        }
    }

    private static String first(String current, JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_STRING) {
            return current.isEmpty() ? p.getText().strip() : current;
        }
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
            p.skipChildren();
        }
        return current;
    }

    /** The author's name: a string, or the first {@code name} inside an object or array. */
    private static String name(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_STRING) {
            return p.getText().strip();
        }
        if (v != JsonToken.START_OBJECT && v != JsonToken.START_ARRAY) {
            return "";
        }
        int depth = 1;
        String found = "";
        while (depth > 0) {
            JsonToken t = p.nextToken();
            if (t == null) {
                break;
            }
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                depth++;
            } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                depth--;
            } else if (found.isEmpty() && t == JsonToken.VALUE_STRING
                    && (p.currentName() == null || "name".equals(p.currentName()))) {
                found = p.getText().strip();
            }
        }
        return found;
    }

    /** Fields found so far, local to one call. */
    private static final class Builder {
        String headline = "";
        String body = "";
        String author = "";
        String date = "";
        String language = "";
    }
}
