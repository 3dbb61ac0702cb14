package io.textmend.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javax.management.ObjectName;

/**
 * Keeps a short batch from paying for the C2 compiler. On two cores C2 spends about 7 CPU seconds in
 * the first seconds of a run compiling (and recompiling) the engines, while the workers want both
 * cores: a batch of a few tens of MB ends before that pays off, and runs about a third faster with
 * C1 code alone, while a long one (a 1 GB JSON Lines file) runs 1.7 times slower without C2.
 *
 * <p>So a command that reads pages starts, on a daemon thread, by adding a HotSpot compiler
 * directive that excludes C2 (hot methods are then compiled by C1 only, as
 * {@code -XX:TieredStopAtLevel=1} would do; through the {@code DiagnosticCommand} MBean, which takes
 * that thread about 0.15 s while picocli parses the command line). Once the inputs are known the
 * directive is removed again, and C2 compiles as usual, unless the inputs are files adding up to less
 * than {@link #SMALL} bytes and there is a worker for every core: with a core to spare, C2 compiles
 * there and pays off even in a short run (one worker on two cores ran the 10,000-page text tree in
 * 6.7-7.2 s with C2, 8.6 s without). What runs before the decision (start-up code) stays with C1.
 *
 * <p>Only in a JVM that the command line owns ({@link Main#main}), never when {@code Main.run} is
 * called in-process. {@code -Dtextmend.jit=c2} leaves the JIT alone, {@code -Dtextmend.jit=c1}
 * keeps C2 out for the whole run. The choice changes speed only, never output.
 */
final class JitChoice {

    /** Input bytes (on disk) from which a batch keeps C2. */
    static final long SMALL = 100L << 20;

    /** Set by {@link Main#main}: this JVM runs the command line and nothing else. */
    static volatile boolean ownsJvm;
    /** Whether the directive was added, once its thread is done; null before {@link #early}. */
    private static volatile CompletableFuture<Boolean> added;
    private static boolean decided;

    private JitChoice() {
    }

    private static String mode() {
        return System.getProperty("textmend.jit", "auto").toLowerCase(Locale.ROOT);
    }

    /** At start-up of a command that reads pages: excludes C2 until {@link #decide} says otherwise. */
    static synchronized void early() {
        if (!ownsJvm || added != null || mode().equals("c2")) {
            return;
        }
        CompletableFuture<Boolean> f = new CompletableFuture<>();
        added = f;
        Thread t = new Thread(() -> f.complete(directive("compilerDirectivesAdd", true)), "textmend-jit");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Once the inputs are known: keeps C2 out for a short batch on every core, else lets it back in
     * (on a daemon thread; the workers do not wait).
     */
    static synchronized void decide(List<Input> inputs, int threads) {
        CompletableFuture<Boolean> f = added;
        if (f == null || decided) {
            return;
        }
        decided = true; // a second pass (clean --learn-sites) keeps the first decision
        boolean c1 = mode().equals("c1")
                || threads >= Runtime.getRuntime().availableProcessors() && small(inputs);
        if (!c1) {
            f.thenAccept(ok -> {
                if (ok) {
                    directive("compilerDirectivesRemove", false);
                }
            });
        }
    }

    /** Whether the inputs are files adding up to less than SMALL bytes. */
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
        return true;
    }

    /**
     * Runs a compiler-directive diagnostic command (with a file that excludes C2 when {@code withFile});
     * false where HotSpot's diagnostic commands are missing or refuse it.
     */
    private static boolean directive(String command, boolean withFile) {
        Path f = null;
        try {
            String[] args = {};
            if (withFile) {
                f = Files.createTempFile("textmend-jit-", ".json");
                f.toFile().deleteOnExit(); // a short run exits while this daemon thread is still here
                Files.writeString(f, "[{match: \"*.*\", c2: {Exclude: true}}]", StandardCharsets.US_ASCII);
                args = new String[] {f.toString()};
            }
            Object r = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), command,
                    new Object[] {args}, new String[] {String[].class.getName()});
            return !withFile || String.valueOf(r).contains("1 compiler directives added");
        } catch (Exception | LinkageError e) {
            return false; // another JVM, no java.management, no temp folder: the JIT stays as it is
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
