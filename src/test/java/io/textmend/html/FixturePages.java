package io.textmend.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.textmend.CleanOptions;
import io.textmend.CleanResult;
import io.textmend.Cleaner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pages of {@code test-fixtures/html} (see its README): articles in many languages and
 * charsets, listings and pages with no article, each case a line of {@code cases.jsonl}.
 */
final class FixturePages {

    static final Path ROOT = Path.of("test-fixtures", "html");

    /** One case: its manifest fields, page bytes and expected text (empty for no-article pages). */
    record Case(Map<String, String> fields, byte[] html, String expected) {

        String name() {
            return fields.get("case");
        }

        boolean isArticle() {
            return "article".equals(fields.get("kind"));
        }
    }

    /** One scored case. */
    record Scored(Case fixture, CleanResult result, ShingleMetric.Counts counts) {
    }

    private FixturePages() {
    }

    static List<Case> load() {
        List<Case> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(ROOT.resolve("cases.jsonl"), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, String> f = fields(line);
                String name = f.get("case");
                byte[] html = Files.readAllBytes(ROOT.resolve(name + ".html"));
                Path exp = ROOT.resolve(name + ".expected.txt");
                String expected = Files.exists(exp) ? Files.readString(exp, StandardCharsets.UTF_8) : "";
                out.add(new Case(f, html, expected));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<Scored> score(Cleaner cleaner) {
        List<Scored> out = new ArrayList<>();
        for (Case c : load()) {
            CleanResult r = cleaner.clean(c.html());
            // the hygiene stage normalises to NFC; some corpus lines are not, so compare both in NFC
            out.add(new Scored(c, r, ShingleMetric.compareByChars(nfc(c.expected()), nfc(r.text()))));
        }
        return out;
    }

    static String nfc(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
    }

    private static Map<String, String> fields(String json) throws IOException {
        Map<String, String> m = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String k = p.currentName();
                JsonToken v = p.nextToken();
                m.put(k, v == JsonToken.VALUE_NULL ? "" : p.getText());
            }
        }
        return m;
    }

    public static void main(String[] args) {
        for (Scored s : score(new Cleaner(CleanOptions.defaults()))) {
            System.out.printf(Locale.ROOT, "%-34s f1 %.3f p %.3f r %.3f  charset %-12s chars %d  title %s%n",
                    s.fixture().name(), s.counts().f1(), s.counts().precision(), s.counts().recall(),
                    s.result().charset(), s.result().text().length(), s.result().title().equals(
                            s.fixture().fields().get("title")));
            if (args.length > 0 && s.fixture().name().startsWith(args[0])) {
                System.out.println(s.result().text());
            }
        }
    }
}
