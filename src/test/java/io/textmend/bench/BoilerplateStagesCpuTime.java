package io.textmend.bench;

import io.textmend.boilerplate.BoilerplateRemover;
import io.textmend.boilerplate.TextDocument;
import io.textmend.boilerplate.WholePageText;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Strip throughput by stage, warmed: over the whole-page text of the 181 benchmark pages, the CPU
 * time of this thread for {@code TextDocument.ofPlainText} (cutting into blocks, block features,
 * language) and for the filters on those documents ({@code strip(TextDocument)}), best round of
 * each after the warm-up rounds. Run: {@code java -cp
 * target/test-classes:target/classes:$(cat target/bench.classpath)
 * io.textmend.bench.BoilerplateStagesCpuTime [warmup] [rounds]}.
 */
public final class BoilerplateStagesCpuTime {

    private BoilerplateStagesCpuTime() {
    }

    public static void main(String[] args) throws IOException {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<String> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("test-fixtures", "corpora", "article-extraction-benchmark", "html"))) {
            for (Path f : s.sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    pages.add(WholePageText.of(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        long bytes = pages.stream().mapToLong(p -> p.getBytes(StandardCharsets.UTF_8).length).sum();
        BoilerplateRemover remover = BoilerplateRemover.defaults();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long bestBuild = Long.MAX_VALUE;
        long bestFilter = Long.MAX_VALUE;
        long bestTotal = Long.MAX_VALUE;
        long kept = 0;
        TextDocument[] docs = new TextDocument[pages.size()];
        for (int r = 0; r < warmup + rounds; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < docs.length; k++) {
                docs[k] = TextDocument.ofPlainText(pages.get(k));
            }
            long t1 = mx.getCurrentThreadCpuTime();
            kept = 0;
            for (TextDocument d : docs) {
                kept += remover.strip(d).text().length();
            }
            long t2 = mx.getCurrentThreadCpuTime();
            if (r >= warmup) {
                bestBuild = Math.min(bestBuild, t1 - t0);
                bestFilter = Math.min(bestFilter, t2 - t1);
                bestTotal = Math.min(bestTotal, t2 - t0);
            }
        }
        System.out.printf(Locale.ROOT, "%d pages, %d bytes, best of %d after %d warm-up rounds: ofPlainText %.1f ms,"
                + " filters %.1f ms, total %.1f ms = %.1f MB/s CPU (kept %d chars)%n", pages.size(), bytes, rounds,
                warmup, bestBuild / 1e6, bestFilter / 1e6, bestTotal / 1e6, bytes / 1e6 / (bestTotal / 1e9), kept);
    }
}
