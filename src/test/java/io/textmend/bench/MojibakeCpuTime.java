package io.textmend.bench;

import io.textmend.mojibake.MojibakeFixer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The samples of {@link MojibakeBenchmark}, timed in CPU time of the fixing thread rather than wall
 * time, so that a machine shared with other work still gives a per-core figure. Each sample is
 * warmed up for 3 CPU seconds, then run for about {@code seconds} CPU seconds (argument, default 5).
 * Run: {@code java -cp target/test-classes:target/classes:$(cat target/bench.classpath) io.textmend.bench.MojibakeCpuTime [seconds] [names...]}.
 */
public final class MojibakeCpuTime {

    private MojibakeCpuTime() {
    }

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        List<String> only = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        MojibakeBenchmark b = new MojibakeBenchmark();
        b.load();
        MojibakeFixer fixer = MojibakeFixer.repairOnly();
        long cleanBytes = b.clean.getBytes(StandardCharsets.UTF_8).length;
        long mojiBytes = b.mojibake.getBytes(StandardCharsets.UTF_8).length;
        run(only, "cleanLines", cleanBytes, seconds, x -> b.cleanLines.forEach(l -> sink(fixer.fixText(l))));
        run(only, "cleanText", cleanBytes, seconds, x -> sink(fixer.fixText(b.clean)));
        run(only, "mojibakeLines", mojiBytes, seconds, x -> b.mojibakeLines.forEach(l -> sink(fixer.fixText(l))));
        run(only, "mojibakeText", mojiBytes, seconds, x -> sink(fixer.fixText(b.mojibake)));
        System.out.println("load average: " + new String(java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("/proc/loadavg")), StandardCharsets.US_ASCII).trim());
    }

    private static int sinkHash;

    private static void sink(String s) {
        sinkHash += s.length();
    }

    private static void run(List<String> only, String name, long bytes, double seconds, Consumer<Void> op) {
        if (!only.isEmpty() && !only.contains(name)) {
            return;
        }
        long warmEnd = MX.getCurrentThreadCpuTime() + 3_000_000_000L;
        while (MX.getCurrentThreadCpuTime() < warmEnd) {
            op.accept(null);
        }
        long cpu0 = MX.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long stop = cpu0 + (long) (seconds * 1e9);
        int rounds = 0;
        while (MX.getCurrentThreadCpuTime() < stop) {
            op.accept(null);
            rounds++;
        }
        double cpu = (MX.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        System.out.printf(Locale.ROOT, "%-14s %8d bytes x %5d rounds  %8.1f MB/s per CPU second  (%8.1f MB/s wall)%n",
                name, bytes, rounds, bytes * rounds / 1e6 / cpu, bytes * rounds / 1e6 / wall);
    }
}
