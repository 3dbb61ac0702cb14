package io.textmend.bench;

import io.textmend.CleanOptions;
import io.textmend.Cleaner;
import io.textmend.html.BenchmarkPages;
import io.textmend.html.HtmlExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Pages per second of one thread's CPU time over the benchmark pages, warm JVM (ten rounds, the
 * last printed as the result). A check beside {@link HtmlBenchmark} for a busy shared machine, where
 * wall-clock throughput measures the neighbours: thread CPU time leaves out time spent descheduled.
 * Run: {@code java -cp target/test-classes:target/classes:$(cat target/bench.classpath)
 * io.textmend.bench.HtmlCpuThroughput}.
 */
public final class HtmlCpuThroughput {

    private HtmlCpuThroughput() {
    }

    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<BenchmarkPages.Page> pages = BenchmarkPages.load();
        List<String> texts = pages.stream().map(p -> new String(p.html(), StandardCharsets.UTF_8)).toList();
        Cleaner cleaner = new Cleaner(CleanOptions.defaults());
        HtmlExtractor extractor = HtmlExtractor.defaults();
        long sink = 0;
        for (int round = 1; round <= 10; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (BenchmarkPages.Page p : pages) {
                sink += cleaner.clean(p.html()).text().length();
            }
            long t1 = mx.getCurrentThreadCpuTime();
            for (String t : texts) {
                sink += extractor.extract(t, "").text().length();
            }
            long t2 = mx.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "round %2d  cleanPage %4.0f pages/cpu-s  extractPage %4.0f pages/cpu-s%n",
                    round, pages.size() / ((t1 - t0) / 1e9), pages.size() / ((t2 - t1) / 1e9));
        }
        System.out.println("(checksum " + sink + ")");
    }
}
