package io.textmend.spark;

import io.textmend.CleanResult;
import io.textmend.Cleaner;
import io.textmend.InputKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams the pages of WARC and WET files (plain or gzipped) into {@link Pages} rows, inside
 * {@code mapPartitions}: the partition's elements are file paths, one file at a time is open, one
 * record at a time is in memory. A {@code response} record is cleaned from its HTTP body (transfer
 * and content encodings undone) with its HTTP {@code Content-Type} as the declared charset; one
 * whose {@code Content-Type} is not HTML is skipped and counted (with no {@code Content-Type}, the
 * body is sniffed). A {@code conversion} record (WET) is cleaned from its block. Other record types
 * (request, metadata, warcinfo) are not pages. The function is serialisable and small; the
 * {@link io.textmend.Cleaner} comes from {@link Engines} on the executor. Immutable and thread-safe;
 * each call streams its own files with its own iterator, which is not thread-safe.
 */
public final class WarcPages implements FlatMapFunction<Iterator<String>, Row> {

    private static final long serialVersionUID = 1L;

    private final CleanerSpec spec;
    private final long maxBytes;
    private final HadoopConf hadoop;

    WarcPages(CleanerSpec spec, long maxBytes, HadoopConf hadoop) {
        this.spec = spec;
        this.maxBytes = maxBytes;
        this.hadoop = hadoop;
    }

    @Override
    public Iterator<Row> call(Iterator<String> paths) {
        Records records = new Records(paths, Engines.cleaner(spec), hadoop.toConfiguration());
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> records.close());
        }
        return records;
    }

    /** Whether an HTTP {@code Content-Type} names HTML (text/html or application/xhtml+xml). */
    static boolean isHtml(String contentType) {
        MediaType t = MediaType.parseLeniently(contentType).base();
        String type = t.type();
        String sub = t.subtype();
        return "text".equalsIgnoreCase(type) && "html".equalsIgnoreCase(sub)
                || "application".equalsIgnoreCase(type) && "xhtml+xml".equalsIgnoreCase(sub);
    }

    /** The lazy iterator over the rows of a partition's files. */
    private final class Records implements Iterator<Row> {
        private final Iterator<String> paths;
        private final Cleaner cleaner;
        private final Configuration conf;
        private WarcReader reader;
        private String path;
        private Row next;

        Records(Iterator<String> paths, Cleaner cleaner, Configuration conf) {
            this.paths = paths;
            this.cleaner = cleaner;
            this.conf = conf;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (reader == null && !openNext()) {
                    return false;
                }
                if (reader != null) {
                    next = readOne();
                }
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row r = next;
            next = null;
            return r;
        }

        /** Opens the next file; false when none is left. A file that cannot be opened is a failed row. */
        private boolean openNext() {
            if (!paths.hasNext()) {
                return false;
            }
            path = paths.next();
            try {
                InputStream in = HadoopConf.open(path, conf);
                try {
                    reader = new WarcReader(in);
                } catch (IOException | RuntimeException e) {
                    in.close();
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                next = Pages.failed(path, null, null, "cannot open: " + Pages.reason(e));
            }
            return true;
        }

        /** The row of the next page record of the open file, or null at its end or on a skipped record. */
        private Row readOne() {
            Optional<WarcRecord> rec;
            try {
                rec = reader.next();
            } catch (IOException | RuntimeException e) {
                close();
                return Pages.failed(path, null, null, "malformed WARC, rest of file skipped: " + Pages.reason(e));
            }
            if (rec.isEmpty()) {
                close();
                return null;
            }
            return page(rec.get());
        }

        private Row page(WarcRecord rec) {
            if (rec instanceof WarcResponse resp) {
                return response(resp);
            }
            if (rec instanceof WarcConversion conv) {
                String url = conv.target();
                String date = conv.date().toString();
                try {
                    byte[] body = read(conv.body());
                    return body == null ? tooLarge(url, date) : clean(url, date, body, conv.contentType().toString());
                } catch (IOException | UncheckedIOException e) {
                    return Pages.failed(path, url, date, Pages.reason(e));
                }
            }
            return null;
        }

        private Row response(WarcResponse resp) {
            String url = resp.target();
            String date = resp.date().toString();
            try {
                HttpResponse http = resp.http();
                String contentType = http.headers().first("Content-Type").orElse(null);
                if (contentType != null && !isHtml(contentType)) {
                    return Pages.skipped(path, url, date, "Content-Type: " + contentType);
                }
                byte[] body = read(http.bodyDecoded());
                if (body == null) {
                    return tooLarge(url, date);
                }
                if (contentType == null && InputKind.sniff(head(body)) != InputKind.HTML) {
                    return Pages.skipped(path, url, date, "no Content-Type and not HTML");
                }
                return clean(url, date, body, contentType);
            } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                return Pages.failed(path, url, date, Pages.reason(e));
            }
        }

        private Row clean(String url, String date, byte[] body, String contentType) {
            try {
                CleanResult r = cleaner.clean(body, contentType);
                return Pages.cleaned(path, url, date, r);
            } catch (RuntimeException | StackOverflowError e) {
                return Pages.failed(path, url, date, Pages.reason(e));
            }
        }

        private Row tooLarge(String url, String date) {
            return Pages.failed(path, url, date, "record over " + maxBytes + " bytes");
        }

        /** The whole body, or null when it is over the limit. */
        private byte[] read(MessageBody body) throws IOException {
            InputStream s = body.stream();
            byte[] b = s.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16L));
            return b.length > maxBytes ? null : b;
        }

        private static String head(byte[] body) {
            return new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
        }

        void close() {
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException e) {
                    // nothing more to read from it; the rows already produced stand
                }
                reader = null;
            }
        }
    }
}
