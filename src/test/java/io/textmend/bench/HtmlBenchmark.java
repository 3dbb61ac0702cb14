package io.textmend.bench;

import io.textmend.CleanOptions;
import io.textmend.Cleaner;
import io.textmend.html.BenchmarkPages;
import io.textmend.html.HtmlExtractor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pages per second over the 181 article-extraction benchmark pages, each call one page in turn:
 * {@code cleanPage} is the whole pipeline from bytes ({@link Cleaner#clean(byte[])}: decoding,
 * extraction, boilerplate filters, repair), {@code extractPage} the HTML extraction alone from
 * decoded text. Run {@code bench/jmh HtmlBenchmark} (one thread) or {@code bench/jmh HtmlBenchmark -t 2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 12, time = 3)
@Measurement(iterations = 8, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xss4m"})
public class HtmlBenchmark {

    private List<byte[]> bytes;
    private List<String> texts;
    private Cleaner cleaner;
    private HtmlExtractor extractor;
    private final AtomicInteger next = new AtomicInteger();

    @Setup
    public void load() {
        List<BenchmarkPages.Page> pages = BenchmarkPages.load();
        bytes = pages.stream().map(BenchmarkPages.Page::html).toList();
        texts = bytes.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
        cleaner = new Cleaner(CleanOptions.defaults());
        extractor = HtmlExtractor.defaults();
    }

    private int nextIndex() {
        return Math.floorMod(next.getAndIncrement(), bytes.size());
    }

    @Benchmark
    public String cleanPage() {
        return cleaner.clean(bytes.get(nextIndex())).text();
    }

    @Benchmark
    public String extractPage() {
        return extractor.extract(texts.get(nextIndex()), "").text();
    }
}
