package io.textmend.bench;

import io.textmend.boilerplate.BoilerplateRemover;
import io.textmend.boilerplate.WholePageText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Plain-text stripping on one thread. {@code corpus=fixtures}: the 45 boilerplate fixture pages
 * (15 languages) and the seed page; {@code corpus=benchmark}: the whole-page text of the 181
 * article-extraction benchmark pages (dumped at setup). One operation strips every page once;
 * MB/s = corpus bytes (UTF-8, printed at setup) × ops/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BoilerplateBenchmark {

    @Param({"fixtures", "benchmark"})
    public String corpus;

    private List<String> pages;
    private final BoilerplateRemover remover = BoilerplateRemover.defaults();

    @Setup
    public void load() throws IOException {
        if (corpus.equals("benchmark")) {
            pages = new java.util.ArrayList<>();
            try (Stream<Path> s = Files.list(Path.of("test-fixtures", "corpora", "article-extraction-benchmark", "html"))) {
                for (Path f : s.sorted().toList()) {
                    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(f))) {
                        pages.add(WholePageText.of(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
            report();
            return;
        }
        try (Stream<Path> s = Files.list(Path.of("test-fixtures", "boilerplate", "pages"))) {
            pages = Stream.concat(s.filter(f -> !f.toString().endsWith(".expected.txt")).sorted(),
                    Stream.of(Path.of("seeds", "000_6382ce5c37147a41.txt"))).map(f -> {
                        try {
                            return Files.readString(f, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        report();
    }

    private void report() {
        long bytes = pages.stream().mapToLong(p -> p.getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.println("corpus: " + pages.size() + " pages, " + bytes + " bytes UTF-8");
    }

    @Benchmark
    public int stripAllPages() {
        int kept = 0;
        for (String p : pages) {
            kept += remover.strip(p).text().length();
        }
        return kept;
    }
}
