package io.textmend.spark;

import io.textmend.Cleaner;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The textmend engines of this JVM, built lazily once per {@link CleanerSpec} and shared by every
 * task that runs in it (Spark executors run many tasks on many threads in one JVM). Closures carry
 * the small serialisable spec; the engine, with its tables and phrase lists, is never serialised.
 * Thread-safe: {@link Cleaner} is immutable and safe to share.
 */
public final class Engines {

    private static final Map<CleanerSpec, Cleaner> CLEANERS = new ConcurrentHashMap<>();
    private static final AtomicLong BUILT = new AtomicLong();

    private Engines() {
    }

    /** The shared cleaner for {@code spec}, built on first use in this JVM. */
    public static Cleaner cleaner(CleanerSpec spec) {
        return CLEANERS.computeIfAbsent(spec, s -> {
            BUILT.incrementAndGet();
            return new Cleaner(s.toOptions());
        });
    }

    /** How many cleaners this JVM has built so far (one per distinct spec). */
    public static long built() {
        return BUILT.get();
    }
}
