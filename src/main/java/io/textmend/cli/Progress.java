package io.textmend.cli;

import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress on stderr while a batch runs: a redrawn bar when stderr is a terminal, a plain line every
 * few seconds otherwise (logs stay readable), nothing when quiet. It reads {@link Stats} from a
 * daemon thread, so the workers never wait for it.
 */
abstract class Progress implements AutoCloseable {

    static final Progress NONE = new Progress() {
        @Override
        void start(Stats stats, long total) {
        }

        @Override
        public void close() {
        }
    };

    abstract void start(Stats stats, long total);

    @Override
    public abstract void close();

    static Progress open(Console console, boolean quiet) {
        if (quiet) {
            return NONE;
        }
        return console.errIsTerminal() ? new TerminalProgress(console) : new Plain(console, 10_000);
    }

    /** One line every {@code periodMillis}, for logs and pipes. */
    static final class Plain extends Progress {
        private final Console console;
        private final long periodMillis;
        private ScheduledExecutorService timer;

        Plain(Console console, long periodMillis) {
            this.console = console;
            this.periodMillis = periodMillis;
        }

        @Override
        void start(Stats stats, long total) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "textmend-progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(() -> console.error(line(stats, total)), periodMillis, periodMillis,
                    TimeUnit.MILLISECONDS);
        }

        static String line(Stats stats, long total) {
            double s = Math.max(stats.seconds(), 1e-3);
            double mb = stats.bytesIn.sum() / 1e6;
            long done = stats.done.sum() + stats.failures.sum() + stats.skipped.sum();
            return String.format(Locale.ROOT, "textmend: %d/%d inputs, %d records, %.1f MB, %.1f MB/s, %.0f s",
                    done, total, stats.records.sum(), mb, mb / s, s);
        }

        @Override
        public void close() {
            if (timer != null) {
                timer.shutdownNow();
            }
        }
    }
}
