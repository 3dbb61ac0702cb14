package io.textmend.bench;

import io.textmend.boilerplate.BoilerplateRemover;
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
 * Strip throughput in MB per second of this thread's CPU time, over the whole-page text of the 181
 * benchmark pages: a figure that a machine shared with other jobs does not distort as much as wall
 * clock does. Run: {@code java -cp target/test-classes:target/classes:$(cat target/bench.classpath)
 * io.textmend.bench.BoilerplateCpuTime [rounds]} after {@code bench/jmh -l}.
 */
public final class BoilerplateCpuTime {

    private BoilerplateCpuTime() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
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
        double best = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            long kept = 0;
            for (String p : pages) {
                kept += remover.strip(p).text().length();
            }
            double mbs = bytes / 1e6 / ((mx.getCurrentThreadCpuTime() - t0) / 1e9);
            best = Math.max(best, mbs);
            if (r == rounds - 1) {
                System.out.printf(Locale.ROOT, "%d pages, %d bytes; last round %.1f MB/s CPU, best %.1f MB/s CPU (kept %d chars)%n",
                        pages.size(), bytes, mbs, best, kept);
            }
        }
    }
}
