package io.textmend.bench;

import io.textmend.encoding.CodePages;
import io.textmend.mojibake.MojibakeFixer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code fix} on one thread, in operations per second over a fixed sample; multiply by the
 * sample's UTF-8 size (printed at setup, and in docs/mojibake.md) for MB/s. The clean sample is
 * the first 40 lines of every file of multilingual-clean (all 40 languages); the mojibake sample
 * is the same lines as UTF-8 read as windows-1252, so every non-ASCII character is garbled.
 * {@code ...Lines} fix line by line, as the streaming CLI does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MojibakeBenchmark {

    private final MojibakeFixer fixer = MojibakeFixer.repairOnly();
    String clean;
    String mojibake;
    List<String> cleanLines;
    List<String> mojibakeLines;

    @Setup
    public void load() throws IOException {
        cleanLines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("test-fixtures/corpora/multilingual-clean"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                cleanLines.addAll(lines.subList(0, Math.min(40, lines.size())));
            }
        }
        var cp1252 = CodePages.singleByte("windows-1252").orElseThrow();
        mojibakeLines = cleanLines.stream().map(l -> cp1252.decode(l.getBytes(StandardCharsets.UTF_8))).toList();
        clean = String.join("\n", cleanLines);
        mojibake = String.join("\n", mojibakeLines);
        System.out.printf("%nclean sample: %d UTF-8 bytes; mojibake sample: %d UTF-8 bytes%n",
                clean.getBytes(StandardCharsets.UTF_8).length, mojibake.getBytes(StandardCharsets.UTF_8).length);
    }

    @Benchmark
    public String cleanText() {
        return fixer.fixText(clean);
    }

    @Benchmark
    public void cleanLines(Blackhole bh) {
        for (String l : cleanLines) {
            bh.consume(fixer.fixText(l));
        }
    }

    @Benchmark
    public String mojibakeText() {
        return fixer.fixText(mojibake);
    }

    @Benchmark
    public void mojibakeLines(Blackhole bh) {
        for (String l : mojibakeLines) {
            bh.consume(fixer.fixText(l));
        }
    }
}
