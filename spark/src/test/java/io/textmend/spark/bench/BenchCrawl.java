package io.textmend.spark.bench;

import io.textmend.Cleaner;
import io.textmend.spark.CleanerSpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a benchmark crawl: {@code PAGES} response records spread over {@code FILES} gzipped WARC
 * files, cycling through the 181 real news pages of the article-extraction benchmark, each under
 * its own URL on one of 50 sites; plus {@code paths.txt} listing the files. With {@code --baseline},
 * instead cleans those same page bodies in-process with {@code THREADS} threads (no Spark) and
 * prints pages/s, for comparison.
 *
 * <p>Usage: {@code BenchCrawl DIR PAGES FILES} or {@code BenchCrawl --baseline PAGES THREADS}.
 */
public final class BenchCrawl {

    static final Path PAGES_DIR = Path.of("..", "test-fixtures", "corpora", "article-extraction-benchmark", "html");

    private BenchCrawl() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--baseline")) {
            baseline(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            return;
        }
        Path dir = Path.of(args[0]);
        int pages = Integer.parseInt(args[1]);
        int files = Integer.parseInt(args[2]);
        List<byte[]> bodies = bodies();
        Files.createDirectories(dir);
        List<String> paths = new ArrayList<>();
        long bytes = 0;
        Instant date = Instant.parse("2024-05-03T00:00:00Z");
        for (int f = 0; f < files; f++) {
            Path file = dir.resolve(String.format(Locale.ROOT, "bench-%03d.warc.gz", f));
            paths.add(file.toAbsolutePath().toString());
            try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
                for (int i = f; i < pages; i += files) {
                    byte[] body = bodies.get(i % bodies.size());
                    bytes += body.length;
                    HttpResponse http = new HttpResponse.Builder(200, "OK")
                            .body(MediaType.parse("text/html"), body).build();
                    String url = "https://site" + (i % 50) + ".example/page/" + i;
                    w.write(new WarcResponse.Builder(URI.create(url)).date(date.plusSeconds(i)).body(http).build());
                }
            }
        }
        Files.write(dir.resolve("paths.txt"), paths, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "%d pages (%.1f MB of HTML) in %d files under %s%n", pages, bytes / 1e6,
                files, dir);
    }

    static List<byte[]> bodies() throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(PAGES_DIR)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".html.gz")).sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                    out.add(in.readAllBytes());
                }
            }
        }
        return out;
    }

    /** The same cleaning without Spark: what the job costs on top of textmend itself. */
    static void baseline(int pages, int threads) throws Exception {
        List<byte[]> bodies = bodies();
        Cleaner cleaner = new Cleaner(CleanerSpec.defaults().toOptions());
        // no warm-up: a fresh JVM doing the same work as the job's, so the JIT warms up in both
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < pages; i = next.getAndIncrement()) {
                    cleaner.clean(bodies.get(i % bodies.size()), "text/html");
                }
            });
            ts.add(th);
            th.start();
        }
        for (Thread th : ts) {
            th.join();
        }
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "baseline: %d pages, %d threads, %.1f s, %.1f pages/s (no Spark, no WARC reading, fresh JVM)%n", pages,
                threads, s, pages / s);
    }
}
