package io.textmend;

import static org.assertj.core.api.Assertions.assertThat;

import io.textmend.testing.Corpora;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** {@code clean(clean(x)) == clean(x)} on every real page: the output of clean is plain text clean leaves alone. */
class CleanIdempotenceTest {

    @Test
    void everyBenchmarkPageCleanedAgainIsUnchanged() throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.list(Corpora.path("article-extraction-benchmark").resolve("html"))) {
            pages = s.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList();
        }
        assertThat(pages).hasSize(181);
        List<String> changed = new ArrayList<>();
        for (Path p : pages) {
            byte[] bytes;
            try (var in = new GZIPInputStream(Files.newInputStream(p))) {
                bytes = in.readAllBytes();
            }
            CleanResult once = TextMend.clean(bytes);
            assertThat(once.kind()).isEqualTo(InputKind.HTML);
            CleanResult twice = TextMend.clean(once.text());
            assertThat(twice.kind()).as(p.toString()).isEqualTo(InputKind.TEXT);
            if (!twice.text().equals(once.text())) {
                changed.add(p.getFileName().toString());
            }
        }
        assertThat(changed).isEmpty();
    }

    @Test
    void everyMultilingualFileCleanedAgainIsUnchanged() {
        for (Path p : Corpora.multilingualFiles()) {
            String once = TextMend.clean(Corpora.lines(p).stream().reduce("", (a, b) -> a + b + "\n")).text();
            assertThat(TextMend.clean(once).text()).as(p.toString()).isEqualTo(once);
        }
    }
}
