import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a gzipped WARC of about MB megabytes (uncompressed) of HTML responses, the pages of
 * test-fixtures/corpora/article-extraction-benchmark repeated, plus one image response in 50.
 * Run with the shaded jar on the class path:
 *   java -cp target/textmend-cli.jar bench/GenWarc.java OUT.warc.gz MB
 */
public class GenWarc {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long limit = Long.parseLong(args[1]) * 1_000_000L;
        List<byte[]> pages = new ArrayList<>();
        try (var s = Files.list(Path.of("test-fixtures/corpora/article-extraction-benchmark/html"))) {
            for (Path p : s.sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                    pages.add(in.readAllBytes());
                }
            }
        }
        long n = 0;
        int k = 0;
        try (WarcWriter w = new WarcWriter(FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            while (n < limit) {
                boolean image = k % 50 == 49;
                byte[] body = image ? new byte[2048] : pages.get(k % pages.size());
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse(image ? "image/png" : "text/html"), body).build();
                w.write(new WarcResponse.Builder(URI.create("https://example.org/page/" + k))
                        .date(Instant.ofEpochSecond(1_700_000_000L + k)).body(http).build());
                n += body.length;
                k++;
            }
        }
        System.out.println(k);
    }
}
