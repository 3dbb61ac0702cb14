package io.textmend.cli;

import io.textmend.Change;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One JSON Lines input, streamed: lines are read in batches, the batches cleaned on the worker pool,
 * and the lines written in their order, one out per one in. A record that is not JSON, lacks the
 * field, or is over {@code --max-bytes} is written unchanged (byte for byte) and reported. A line
 * whose field does not change is written as the very bytes it came with. Not thread-safe: one
 * instance per input, driven by one thread.
 */
final class JsonlJob {

    private static final int BATCH_BYTES = 256 << 10;
    private static final int BATCH_LINES = 256;
    private static final long IN_FLIGHT_BYTES = 32L << 20;

    /** One line's outcome. */
    private record Result(long lineNo, int inLen, byte[] bytes, List<Change> changes, String url, String error, boolean record) {
    }

    private final AbstractCommand cmd;
    private final Input in;
    private boolean someFailed;
    private boolean changed;

    JsonlJob(AbstractCommand cmd, Input in) {
        this.cmd = cmd;
        this.in = in;
    }

    /** Streams {@code body} to {@code out}; returns whether some record failed. */
    boolean run(InputStream body, OutputStream out) throws IOException {
        LineReader reader = new LineReader(body);
        Ordered<List<Result>> ordered = new Ordered<>(cmd.threads > 1 ? cmd.recordPool() : null, cmd.threads,
                IN_FLIGHT_BYTES, results -> write(results, out));
        int max = (int) Math.min(cmd.maxBytes, Integer.MAX_VALUE - 1024);
        List<byte[]> batch = new ArrayList<>();
        long batchBytes = 0;
        long lineNo = 0;
        long firstOfBatch = 1;
        try {
            for (LineReader.Line line; (line = reader.nextLine(max)) != null; ) {
                lineNo++;
                if (line.overlong()) {
                    submit(ordered, batch, firstOfBatch, batchBytes);
                    batch = new ArrayList<>();
                    batchBytes = 0;
                    ordered.drain();
                    out.write(line.bytes());
                    reader.copyRestOfLine(out);
                    cmd.stats.bytesIn.add(line.bytes().length);
                    someFailed = true;
                    cmd.recordFailure(in.display() + ":" + lineNo, Messages.overLimit("record", cmd.maxBytes),
                            "line written unchanged");
                    firstOfBatch = lineNo + 1;
                    continue;
                }
                batch.add(line.bytes());
                batchBytes += line.bytes().length;
                if (batchBytes >= BATCH_BYTES || batch.size() >= BATCH_LINES) {
                    submit(ordered, batch, firstOfBatch, batchBytes);
                    batch = new ArrayList<>();
                    batchBytes = 0;
                    firstOfBatch = lineNo + 1;
                }
            }
            submit(ordered, batch, firstOfBatch, batchBytes);
            ordered.drain();
        } catch (IOException | RuntimeException | Error e) {
            ordered.cancel();
            throw e;
        }
        if (changed) {
            cmd.stats.changed.increment();
        }
        return someFailed;
    }

    private void submit(Ordered<List<Result>> ordered, List<byte[]> batch, long first, long bytes) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        ordered.submit(bytes, () -> {
            List<Result> out = new ArrayList<>(batch.size());
            long n = first;
            for (byte[] line : batch) {
                out.add(process(n++, line));
            }
            return out;
        });
    }

    private Result process(long lineNo, byte[] raw) {
        int end = raw.length;
        if (end > 0 && raw[end - 1] == '\n') {
            end--;
        }
        if (end > 0 && raw[end - 1] == '\r') {
            end--;
        }
        String line = new String(raw, 0, end, StandardCharsets.UTF_8);
        if (line.isBlank()) {
            return new Result(lineNo, raw.length, raw, List.of(), null, null, false);
        }
        List<Change> changes = new ArrayList<>();
        Json.Url url = cmd.urlField == null ? null : new Json.Url(cmd.urlField);
        Json.Rewrite r;
        try {
            if (cmd.htmlField != null) {
                String target = cmd.extractsHtml() ? cmd.field : cmd.htmlField;
                r = Json.rewrite(line, cmd.htmlField, target, url,
                        v -> cmd.processHtmlField(v, changes, in, url == null ? null : url.value));
            } else {
                r = Json.rewrite(line, cmd.field, cmd.field, url,
                        v -> cmd.processField(v, changes, in, url == null ? null : url.value));
            }
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(lineNo, raw.length, raw, List.of(), url == null ? null : url.value, Messages.reason(e), true);
        }
        String u = url == null ? null : url.value;
        if (r.error() != null) {
            return new Result(lineNo, raw.length, raw, List.of(), u, r.error(), true);
        }
        if (r.line() == line || r.line().equals(line)) {
            return new Result(lineNo, raw.length, raw, changes, u, null, true);
        }
        byte[] body = r.line().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[body.length + raw.length - end];
        System.arraycopy(body, 0, out, 0, body.length);
        System.arraycopy(raw, end, out, body.length, raw.length - end);
        return new Result(lineNo, raw.length, out, changes, u, null, true);
    }

    private void write(List<Result> results, OutputStream out) throws IOException {
        for (Result r : results) {
            out.write(r.bytes());
            cmd.stats.bytesIn.add(r.inLen());
            if (!r.record()) {
                continue;
            }
            cmd.stats.records.increment();
            String where = in.display() + ":" + r.lineNo() + (r.url() == null ? "" : " (" + r.url() + ")");
            if (r.error() != null) {
                someFailed = true;
                cmd.recordFailure(where, r.error(), "line written unchanged");
                continue;
            }
            cmd.stats.count(r.changes());
            changed |= !r.changes().isEmpty();
            cmd.reporter.recordChanges(in.display(), r.lineNo(), r.url(), r.changes());
            cmd.explain(in.display() + ":" + r.lineNo(), r.changes());
        }
    }
}
