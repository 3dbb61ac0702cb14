package io.textmend.cli;

import io.textmend.Change;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a batch did, counted from every thread: inputs, records, bytes, changes by kind, failures.
 * Thread-safe.
 */
final class Stats {

    final LongAdder inputs = new LongAdder();
    final LongAdder done = new LongAdder();
    final LongAdder changed = new LongAdder();
    final LongAdder skipped = new LongAdder();
    final LongAdder records = new LongAdder();
    final LongAdder skippedRecords = new LongAdder();
    final LongAdder failures = new LongAdder();
    final LongAdder bytesIn = new LongAdder();
    final LongAdder bytesOut = new LongAdder();
    private final Map<String, LongAdder> repairs = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> removals = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> skipReasons = new ConcurrentHashMap<>();
    private final long startNanos = System.nanoTime();

    /** Counts the changes made to one input or record. */
    void count(List<Change> changes) {
        for (Change c : changes) {
            if (c.stage().equals("boilerplate") || c.stage().equals("html") || c.stage().equals("sites")) {
                removals.computeIfAbsent(c.rule(), k -> new LongAdder()).increment();
            } else {
                repairs.computeIfAbsent(kind(c), k -> new LongAdder()).increment();
            }
        }
    }

    private static final java.util.regex.Pattern KIND_DETAIL = java.util.regex.Pattern.compile("[\\p{L}\\p{N} _/+-]+");

    /** A repair's kind: the detail when it names one ("utf-8 read as gbk"), else the rule. */
    private static String kind(Change c) {
        String d = c.detail();
        if (c.stage().equals("mojibake") && d.length() <= 40 && KIND_DETAIL.matcher(d).matches()) {
            return d;
        }
        return c.rule();
    }

    void skippedRecord(String reason) {
        skippedRecords.increment();
        skipReasons.computeIfAbsent(reason, k -> new LongAdder()).increment();
    }

    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** The end-of-run summary, a few lines for stderr. */
    List<String> summary() {
        double s = Math.max(seconds(), 1e-3);
        double mb = bytesIn.sum() / 1e6;
        StringBuilder first = new StringBuilder();
        first.append(String.format(Locale.ROOT, "textmend: %d inputs, %d done, %d changed", inputs.sum(), done.sum(),
                changed.sum()));
        if (skipped.sum() > 0) {
            first.append(String.format(Locale.ROOT, ", %d already complete (--resume)", skipped.sum()));
        }
        if (records.sum() > 0 || skippedRecords.sum() > 0) {
            first.append(String.format(Locale.ROOT, ", %d records", records.sum()));
            if (skippedRecords.sum() > 0) {
                first.append(" (").append(skippedRecords.sum()).append(" skipped: ").append(join(skipReasons)).append(')');
            }
        }
        first.append(String.format(Locale.ROOT, ", %d failed", failures.sum()));
        String second = String.format(Locale.ROOT, "textmend: %.2f s, %.1f MB in, %.1f MB/s, %.0f %s/s", s, mb, mb / s,
                (records.sum() > 0 ? records.sum() : done.sum()) / s, records.sum() > 0 ? "records" : "inputs");
        return List.of(first.toString(), second,
                "textmend: repaired spans: " + (repairs.isEmpty() ? "none" : join(repairs)),
                "textmend: removed blocks: " + (removals.isEmpty() ? "none" : join(removals)));
    }

    private static String join(Map<String, LongAdder> m) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(m).forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(k).append(' ').append(v.sum());
        });
        return sb.toString();
    }
}
