package io.textmend.cli;

import io.textmend.CleanResult;
import io.textmend.InputKind;
import io.textmend.encoding.InputTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * One WARC or WET archive, streamed with jwarc: each HTML {@code response} record (and each
 * {@code conversion} record, the text of a WET file) is decoded with its HTTP {@code Content-Type}
 * charset as the declared charset, cleaned on the worker pool, and written in archive order as one
 * JSON Lines record: {@code url}, {@code date}, {@code record_id}, {@code content_type},
 * {@code charset} (the one actually used), {@code title}, {@code text}. Other responses (images,
 * scripts, PDFs) are skipped and counted; requests, metadata and warcinfo records are ignored. A
 * record over {@code --max-bytes} or not text is reported and left out; the rest go on. Not
 * thread-safe: one instance per archive.
 */
final class WarcJob {

    private static final long IN_FLIGHT_BYTES = 48L << 20;

    /** One record's outcome: its JSON line, or the reason it failed. */
    private record Result(long number, String url, byte[] line, CleanResult cleaned, String error) {
    }

    private final AbstractCommand cmd;
    private final Input in;
    private boolean someFailed;
    private boolean changed;

    WarcJob(AbstractCommand cmd, Input in) {
        this.cmd = cmd;
        this.in = in;
    }

    /** Streams the archive to {@code out} as JSON Lines; returns whether some record failed. */
    boolean run(InputStream body, OutputStream out) throws IOException {
        Ordered<Result> ordered = new Ordered<>(cmd.threads > 1 ? cmd.recordPool() : null, cmd.threads,
                IN_FLIGHT_BYTES, r -> write(r, out));
        Sources.Counting counted = new Sources.Counting(body);
        long number = 0;
        long lastCount = 0;
        try (WarcReader reader = new WarcReader(counted)) {
            for (Optional<WarcRecord> next; (next = reader.next()).isPresent(); ) {
                WarcRecord rec = next.get();
                number++;
                cmd.stats.bytesIn.add(counted.count() - lastCount);
                lastCount = counted.count();
                Page page = page(rec, number);
                if (page != null) {
                    long n = number;
                    ordered.submit(page.bytes.length, () -> clean(n, page));
                }
            }
            ordered.drain();
        } catch (IOException | RuntimeException | Error e) {
            ordered.cancel();
            throw e;
        }
        cmd.stats.bytesIn.add(counted.count() - lastCount);
        if (changed) {
            cmd.stats.changed.increment();
        }
        return someFailed;
    }

    /** A record's body to clean, with what the archive says about it. */
    private record Page(String url, String date, String id, String contentType, InputKind kind, byte[] bytes) {
    }

    private Page page(WarcRecord rec, long number) throws IOException {
        String contentType;
        InputKind kind;
        InputStream body;
        if (rec instanceof WarcResponse resp) {
            if (!resp.contentType().base().equals(MediaType.HTTP)) {
                cmd.stats.skippedRecord("not HTTP");
                return null;
            }
            HttpResponse http = resp.http();
            contentType = http.headers().first("Content-Type").orElse(null);
            kind = InputKind.HTML;
            if (contentType != null && !isHtml(contentType)) {
                cmd.stats.skippedRecord("not HTML");
                return null;
            }
            body = http.bodyDecoded().stream();
        } else if (rec instanceof WarcConversion conv) {
            contentType = conv.headers().first("Content-Type").orElse("text/plain");
            kind = isHtml(contentType) ? InputKind.HTML : InputKind.TEXT;
            body = conv.body().stream();
        } else {
            return null;
        }
        String url = ((org.netpreserve.jwarc.WarcTargetRecord) rec).target();
        String where = where(number, url);
        byte[] bytes;
        try {
            bytes = Sources.readPage(body, cmd.maxBytes);
        } catch (InputTooLargeException e) {
            fail(where, Messages.overLimit("record", cmd.maxBytes));
            return null;
        }
        if (contentType == null && InputKind.sniff(new String(bytes, 0, Math.min(bytes.length, 4096),
                StandardCharsets.ISO_8859_1)) != InputKind.HTML) {
            cmd.stats.skippedRecord("not HTML");
            return null;
        }
        String date = rec.headers().first("WARC-Date").orElse("");
        String id = rec.headers().first("WARC-Record-ID").orElse("");
        return new Page(url, date, id, contentType, kind, bytes);
    }

    static boolean isHtml(String contentType) {
        String base = contentType.toLowerCase(Locale.ROOT);
        int semi = base.indexOf(';');
        base = (semi < 0 ? base : base.substring(0, semi)).strip();
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private String where(long number, String url) {
        return in.display() + ": record " + number + (url == null || url.isEmpty() ? "" : " (" + url + ")");
    }

    private Result clean(long number, Page p) {
        try {
            CleanResult r = cmd.cleanRecord(p.bytes, p.contentType, p.kind, in, p.url);
            String line = Json.write(g -> {
                g.writeStartObject();
                g.writeStringField("url", p.url);
                g.writeStringField("date", p.date);
                g.writeStringField("record_id", p.id);
                g.writeStringField("content_type", p.contentType);
                g.writeStringField("charset", r.charset());
                g.writeStringField("title", r.title());
                g.writeStringField("text", r.text());
                g.writeEndObject();
            }) + "\n";
            return new Result(number, p.url, line.getBytes(StandardCharsets.UTF_8), r, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(number, p.url, null, null, Messages.reason(e));
        }
    }

    private void write(Result r, OutputStream out) throws IOException {
        if (r.error() != null) {
            fail(where(r.number(), r.url()), r.error());
            return;
        }
        out.write(r.line());
        cmd.stats.records.increment();
        cmd.stats.count(r.cleaned().changes());
        changed |= !r.cleaned().changes().isEmpty();
        cmd.reporter.recordChanges(in.display(), r.number(), r.url(), r.cleaned().changes());
        cmd.explain(where(r.number(), r.url()), r.cleaned().changes());
    }

    private void fail(String where, String reason) {
        someFailed = true;
        cmd.recordFailure(where, reason, "record left out");
    }
}
