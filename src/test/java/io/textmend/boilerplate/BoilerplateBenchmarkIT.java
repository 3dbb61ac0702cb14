package io.textmend.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.textmend.testing.Corpora;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The 181 pages of the article-extraction benchmark, dumped to whole-page text as scrapers do, then
 * stripped as plain text, scored with the benchmark's metric: {@code \w+} tokens, 4-token shingles
 * as multisets, precision and recall averaged over pages, F1 of the two averages.
 */
class BoilerplateBenchmarkIT {

    /** Pinned floor: lowering it is a deliberate change. */
    static final double MIN_F1 = 0.85;

    static Map<String, String> truth(Path file) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String id = p.currentName();
                p.nextToken();
                String body = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    p.nextToken();
                    if (f.equals("articleBody")) {
                        body = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
                out.put(id, body);
            }
        }
        return out;
    }

    static String page(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** {macro precision, macro recall, F1} of {@code remover} (null: keep the whole page). */
    static double[] score(BoilerplateRemover remover, boolean print) throws IOException {
        Path root = Corpora.path("article-extraction-benchmark");
        Map<String, String> truth = truth(root.resolve("ground-truth.json"));
        double p = 0;
        double r = 0;
        int n = 0;
        List<Path> files;
        try (var s = Files.list(root.resolve("html"))) {
            files = s.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList();
        }
        for (Path f : files) {
            String id = f.getFileName().toString().replace(".html.gz", "");
            String text = WholePageText.of(page(f));
            String got = remover == null ? text : remover.strip(text).text();
            TokenScore sc = TokenScore.of(TokenScore.shingles(TokenScore.words(got)),
                    TokenScore.shingles(TokenScore.words(truth.get(id))));
            double pp = sc.tp() + sc.fp() + sc.fn() == 0 ? 1 : (double) sc.tp() / Math.max(1, sc.tp() + sc.fp());
            double rr = (double) sc.tp() / Math.max(1, sc.tp() + sc.fn());
            if (print) {
                System.out.printf(Locale.ROOT, "bench %s P=%.3f R=%.3f%n", id.substring(0, 12), pp, rr);
            }
            p += pp;
            r += rr;
            n++;
        }
        assertThat(n).isEqualTo(181);
        p /= n;
        r /= n;
        return new double[] {p, r, 2 * p * r / (p + r)};
    }

    @Test
    void wholePageTextOfTheBenchmarkStripsAboveTheFloor() throws IOException {
        double[] all = score(null, false);
        double[] s = score(BoilerplateRemover.defaults(), Boolean.getBoolean("bench.print"));
        System.out.printf(Locale.ROOT, "benchmark whole page kept: P=%.4f R=%.4f F1=%.4f%n", all[0], all[1], all[2]);
        System.out.printf(Locale.ROOT, "benchmark stripped (default): P=%.4f R=%.4f F1=%.4f%n", s[0], s[1], s[2]);
        assertThat(s[2]).isGreaterThanOrEqualTo(MIN_F1);
    }
}
