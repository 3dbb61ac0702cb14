package io.textmend.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps a small batch from paying for the C2 compiler. On two cores C2 spends about 7 CPU seconds in
 * the first seconds of a run compiling (and recompiling) the engines, while the workers want both
 * cores: a batch of a few tens of MB ends before that pays off, and runs about a third faster with
 * C1 code alone, while a long one (a 1 GB JSON Lines file) runs 1.7 times slower without C2. So when
 * the inputs of a batch are files that add up to between {@link #TINY} and {@link #SMALL} bytes and
 * the batch has a worker for every core (with a core to spare, C2 compiles there and pays off even
 * in a short run: one worker on two cores ran the 10,000-page text tree in 6.7-7.2 s with C2, 8.6 s
 * without), a background thread adds a compiler directive that excludes C2 (HotSpot then compiles hot methods
 * with C1 only, as {@code -XX:TieredStopAtLevel=1} would); otherwise the JIT is left alone. Only in a
 * JVM that the command line owns ({@link Main#main}), never when {@code Main.run} is called in-process.
 * {@code -Dtextmend.jit=c2} never excludes C2, {@code -Dtextmend.jit=c1} always does. The choice
 * changes speed only, never output.
 */
final class JitChoice {

    /** Input bytes (on disk) below which a batch runs without C2. */
    static final long SMALL = 100L << 20;
    /** Input bytes below which a batch is too short for the choice to matter (nothing is done). */
    static final long TINY = 4L << 20;

    /** Set by {@link Main#main}: this JVM runs the command line and nothing else. */
    static volatile boolean ownsJvm;
    private static final AtomicBoolean DONE = new AtomicBoolean();

    private JitChoice() {
    }

    /** Decides for a batch of these inputs on {@code threads} workers, on a daemon thread (the workers do not wait for it). */
    static void start(List<Input> inputs, int threads) {
        String mode = System.getProperty("textmend.jit", "auto").toLowerCase(Locale.ROOT);
        if (!ownsJvm || mode.equals("c2") || DONE.get()
                || !mode.equals("c1") && threads < Runtime.getRuntime().availableProcessors()) {
            return;
        }
        Thread t = new Thread(() -> {
            if ((mode.equals("c1") || small(inputs)) && DONE.compareAndSet(false, true)) {
                excludeC2();
            }
        }, "textmend-jit");
        t.setDaemon(true);
        t.start();
    }

    /** Whether the inputs are files adding up to between TINY and SMALL bytes. */
    static boolean small(List<Input> inputs) {
        long total = 0;
        for (Input in : inputs) {
            if (in.isStdin()) {
                return false;
            }
            try {
                total += Files.size(in.path());
            } catch (IOException | SecurityException e) {
                // unreadable: the batch reports it; it adds nothing to do
            }
            if (total >= SMALL) {
                return false;
            }
        }
        return total >= TINY;
    }

    /** Adds the directive through HotSpot's diagnostic command; does nothing where that is missing. */
    private static void excludeC2() {
        Path f = null;
        try {
            f = Files.createTempFile("textmend-jit-", ".json");
            Files.writeString(f, "[{match: \"*.*\", c2: {Exclude: true}}]", StandardCharsets.US_ASCII);
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "compilerDirectivesAdd", new Object[] {new String[] {f.toString()}},
                    new String[] {String[].class.getName()});
        } catch (Exception | LinkageError e) {
            // another JVM, no java.management, no temp folder: the JIT stays as it is
        } finally {
            if (f != null) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    // a stray temp file in java.io.tmpdir
                }
            }
        }
    }
}
