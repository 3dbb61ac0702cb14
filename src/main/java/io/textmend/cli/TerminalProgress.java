package io.textmend.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * The progress bar ({@code me.tongfei:progressbar}), only ever made when stderr is a terminal: it
 * redraws with carriage returns, which would litter a log. Inputs done of all, with MB, records and
 * rates beside it; its own ETA.
 */
final class TerminalProgress extends Progress {

    private final Console console;
    private ProgressBar bar;
    private ScheduledExecutorService timer;
    private Stats stats;

    TerminalProgress(Console console) {
        this.console = console;
    }

    @Override
    void start(Stats stats, long total) {
        this.stats = stats;
        console.barActive(true);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        bar = new ProgressBarBuilder().setTaskName("textmend").setInitialMax(total).setUnit(" inputs", 1)
                .setConsumer(new ConsoleProgressBarConsumer(err)).setUpdateIntervalMillis(500).showSpeed().build();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "textmend-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::update, 200, 200, TimeUnit.MILLISECONDS);
    }

    private void update() {
        double s = Math.max(stats.seconds(), 1e-3);
        double mb = stats.bytesIn.sum() / 1e6;
        bar.stepTo(Math.min(bar.getMax(), stats.done.sum() + stats.failures.sum() + stats.skipped.sum()));
        bar.setExtraMessage(String.format(Locale.ROOT, " %.1f MB, %.1f MB/s, %d records", mb, mb / s, stats.records.sum()));
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        if (bar != null) {
            update();
            bar.close();
        }
        console.barActive(false);
    }
}
