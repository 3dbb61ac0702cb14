package io.textmend.bench;

import io.textmend.encoding.EncodingDetector;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * The corpora of {@link EncodingBenchmark}, timed in CPU time of the decoding thread rather than
 * wall time, so that a machine shared with other work still gives a per-core figure. Run:
 * {@code java -cp target/test-classes:target/classes:$(cat target/bench.classpath) io.textmend.bench.EncodingCpuTime}.
 */
public final class EncodingCpuTime {

    private EncodingCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        EncodingBenchmark b = new EncodingBenchmark();
        b.load();
        EncodingDetector d = EncodingDetector.defaults();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        String[] names = {"mixed", "utf8", "legacy", "smallFiles"};
        for (String name : names) {
            List<byte[]> corpus = b.corpus(name);
            long bytes = corpus.stream().mapToLong(x -> x.length).sum();
            for (int warm = 0; warm < 5; warm++) {
                corpus.forEach(d::decode);
            }
            int rounds = 10;
            long cpu0 = mx.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                corpus.forEach(d::decode);
            }
            double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double wall = (System.nanoTime() - wall0) / 1e9;
            System.out.printf(Locale.ROOT, "%-10s %9d bytes  %7.1f MB/s per CPU second  (%7.1f MB/s wall)%n", name, bytes,
                    bytes * rounds / 1e6 / cpu, bytes * rounds / 1e6 / wall);
        }
    }
}
