package io.textmend.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.textmend.testing.Corpora;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** The 181 pages of the article-extraction benchmark with their expected article bodies. */
public final class BenchmarkPages {

    /** One page: id, raw bytes (gunzipped), expected article body and URL. */
    public record Page(String id, byte[] html, String expected, String url) {
    }

    private BenchmarkPages() {
    }

    public static List<Page> load() {
        Path root = Corpora.path("article-extraction-benchmark");
        Map<String, String[]> truth = groundTruth(root.resolve("ground-truth.json"));
        List<Page> pages = new ArrayList<>();
        List<String> ids = new ArrayList<>(truth.keySet());
        ids.sort(null);
        for (String id : ids) {
            Path f = root.resolve("html").resolve(id + ".html.gz");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                String[] t = truth.get(id);
                pages.add(new Page(id, in.readAllBytes(), t[0], t[1]));
            } catch (IOException e) {
                throw new UncheckedIOException(f.toString(), e);
            }
        }
        return pages;
    }

    private static Map<String, String[]> groundTruth(Path file) {
        Map<String, String[]> out = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(Files.newInputStream(file))) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String id = p.currentName();
                expect(p.nextToken(), JsonToken.START_OBJECT);
                String body = null;
                String url = "";
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if (field.equals("articleBody")) {
                        body = p.getText();
                    } else if (field.equals("url")) {
                        url = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
                if (body == null) {
                    throw new IllegalStateException("no articleBody for " + id);
                }
                out.put(id, new String[] {body, url});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        return out;
    }

    private static void expect(JsonToken got, JsonToken want) {
        if (got != want) {
            throw new IllegalStateException("ground truth: expected " + want + " but got " + got);
        }
    }
}
