package io.textmend.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Test crawls written with jwarc, from the real text of the shared multilingual corpus. */
final class TestCrawl {

    /** The corpus copy at the root of the repository (the tests run in {@code spark/}). */
    static final Path CORPUS = Path.of("..", "test-fixtures", "corpora", "multilingual-clean");

    private TestCrawl() {
    }

    /** Non-blank lines {@code from} to {@code from + n} of a corpus file. */
    static List<String> lines(String lang, int from, int n) {
        try {
            List<String> all = Files.readAllLines(CORPUS.resolve(lang + ".txt"), StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
            return new ArrayList<>(all.subList(from, Math.min(all.size(), from + n)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A news-like page: a menu, a headline, paragraphs, a footer. */
    static String article(String lang, String title, List<String> paragraphs, String... extraTopParagraphs) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\"><head><title>").append(title)
                .append("</title></head><body>\n<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a>")
                .append("</li><li><a href=\"/sport\">Sport</a></li><li><a href=\"/contact\">Contact</a></li></ul></nav>\n")
                .append("<main><article><h1>").append(title).append("</h1>\n");
        for (String p : extraTopParagraphs) {
            b.append("<p>").append(p).append("</p>\n");
        }
        for (String p : paragraphs) {
            b.append("<p>").append(p).append("</p>\n");
        }
        b.append("</article></main>\n<footer><p>© 2024 Example Media. All rights reserved.</p>")
                .append("<p><a href=\"/privacy\">Privacy</a> | <a href=\"/terms\">Terms</a></p></footer>\n</body></html>\n");
        return b.toString();
    }

    /** Writes WARC records one after another. */
    static final class Warc implements AutoCloseable {
        private final WarcWriter writer;
        private Instant date = Instant.parse("2024-05-03T10:15:30Z");

        Warc(Path file, boolean gzip) throws IOException {
            this.writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
        }

        private Instant nextDate() {
            date = date.plusSeconds(61);
            return date;
        }

        /** A response record; {@code contentType} is the HTTP Content-Type header . */
        Warc response(String url, String contentType, byte[] body) throws IOException {
            HttpResponse.Builder http = new HttpResponse.Builder(200, "OK").addHeader("Server", "test")
                    .body(MediaType.parse(contentType), body);
            writer.write(new WarcResponse.Builder(URI.create(url)).date(nextDate()).body(http.build()).build());
            return this;
        }

        Warc html(String url, String contentType, String html, Charset cs) throws IOException {
            return response(url, contentType, html.getBytes(cs));
        }

        Warc request(String url) throws IOException {
            byte[] req = ("GET " + URI.create(url).getPath() + " HTTP/1.1\r\nHost: " + URI.create(url).getHost()
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            writer.write(new WarcRequest.Builder(URI.create(url)).date(nextDate())
                    .body(MediaType.HTTP_REQUEST, req).build());
            return this;
        }

        /** A WET conversion record (plain UTF-8 text). */
        Warc conversion(String url, String text) throws IOException {
            writer.write(new WarcConversion.Builder().setHeader("WARC-Target-URI", url).date(nextDate())
                    .body(MediaType.parse("text/plain"), text.getBytes(StandardCharsets.UTF_8)).build());
            return this;
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }
}
