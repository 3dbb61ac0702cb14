package io.textmend.mojibake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.textmend.testing.Corpora;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The cases of ftfy's test data ({@code test-fixtures/corpora/ftfy-test-cases/*.json}). */
final class FtfyCases {

    record Case(String file, String label, String original, String expected, boolean pass) {
        @Override
        public String toString() {
            return file + ": " + label;
        }
    }

    private FtfyCases() {
    }

    static List<Case> all() {
        List<Case> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Corpora.path("ftfy-test-cases"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                read(f, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void read(Path f, List<Case> out) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(f.toFile())) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException(f + ": expected a JSON array");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Map<String, String> m = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String k = p.getCurrentName();
                    p.nextToken();
                    m.put(k, p.getValueAsString());
                }
                String expected = m.getOrDefault("fixed-encoding", m.get("fixed"));
                out.add(new Case(f.getFileName().toString(), m.get("label"), m.get("original"), expected,
                        "pass".equals(m.get("expect"))));
            }
        }
    }
}
