package io.textmend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC and WET archives, written here with jwarc, through {@code textmend clean}. */
class CliWarcIT {

    static final Instant DATE = Instant.parse("2024-05-06T07:08:09Z");

    static String page(String title, String body) {
        return "<html><head><title>" + title + "</title></head><body><nav><a href=/>Home</a> <a href=/x>News</a></nav>"
                + "<article><p>" + body + "</p></article><footer>Copyright 2024</footer></body></html>";
    }

    static void response(WarcWriter w, String url, String contentType, byte[] body, String... headers)
            throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(200, "OK");
        for (int i = 0; i < headers.length; i += 2) {
            http.addHeader(headers[i], headers[i + 1]);
        }
        WarcResponse r = new WarcResponse.Builder(URI.create(url)).date(DATE)
                .body(http.body(MediaType.parse(contentType), body).build()).build();
        w.write(r);
    }

    static final String RU = "Привет, мир. Это настоящая статья на русском языке, с достаточным количеством слов.";
    static final String DE = "Grüße aus München: eine kurze Nachricht mit Umlauten, die völlig korrekt sind.";
    static final String ZH = "这是一个真正的中文段落，网页说它是拉丁文，但它的字节其实是 UTF-8，café 也一样。";
    static final String JA = "これは日本語の記事です。文字コードはシフトJISで、ヘッダーには書かれていません。";
    static final String FR = "Une crème brûlée au café, servie très chaude à côté d'un thé glacé. Très élégant, à mon avis.";

    static Path writeWarc(Path file) throws IOException {
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            w.write(new WarcRequest.Builder(URI.create("http://de.example/")).date(DATE)
                    .body(new HttpRequest.Builder("GET", "/").build()).build());
            response(w, "http://de.example/", "text/html; charset=utf-8", page("Grüße", DE).getBytes(StandardCharsets.UTF_8));
            response(w, "http://ru.example/", "text/html; charset=windows-1251",
                    page("Статья", RU).getBytes(Charset.forName("windows-1251")));
            // a lying header: the bytes are UTF-8
            response(w, "http://zh.example/", "text/html; charset=iso-8859-1", page("中文", ZH).getBytes(StandardCharsets.UTF_8));
            // no charset in the header; the page's meta says Shift_JIS
            String ja = page("日本語", JA).replace("<head>", "<head><meta charset=\"Shift_JIS\">");
            response(w, "http://ja.example/", "text/html", ja.getBytes(Charset.forName("Shift_JIS")));
            // a lying header the other way: windows-1252 bytes said to be UTF-8
            response(w, "http://fr.example/", "text/html; charset=utf-8",
                    page("Café", FR).getBytes(Charset.forName("windows-1252")));
            response(w, "http://img.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
            response(w, "http://gz.example/", "text/html; charset=utf-8",
                    CliTreeIT.gzip(page("Gzip", DE).getBytes(StandardCharsets.UTF_8)), "Content-Encoding", "gzip");
            response(w, "http://big.example/", "text/html", page("Big", "word ".repeat(40_000)).getBytes(StandardCharsets.UTF_8));
            w.write(new WarcConversion.Builder().addHeader("WARC-Target-URI", "http://de.example/").date(DATE)
                    .body(MediaType.parse("text/plain"), ("Home\n" + DE + "\n").getBytes(StandardCharsets.UTF_8)).build());
        }
        return file;
    }

    static List<Map<String, String>> readJsonl(Path p) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            Map<String, String> m = new LinkedHashMap<>();
            try (JsonParser jp = Json.FACTORY.createParser(line)) {
                jp.nextToken();
                while (jp.nextToken() == JsonToken.FIELD_NAME) {
                    String k = jp.currentName();
                    jp.nextToken();
                    m.put(k, jp.getValueAsString());
                }
            }
            out.add(m);
        }
        return out;
    }

    @Test
    void eachHtmlResponseBecomesOneJsonLineDecodedRight(@TempDir Path tmp) throws IOException {
        Path warc = writeWarc(tmp.resolve("crawl.warc.gz"));
        String sum = Trees.sha256(Files.readAllBytes(warc));
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("clean", warc.toString(), "-o", out.toString(), "--max-bytes", "100000",
                "--threads", "2");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("textmend: " + warc + ": record 9 (http://big.example/): record over the size limit"
                + " of 100000 bytes (--max-bytes); record left out\n");
        assertThat(r.err()).contains("1 skipped: not HTML 1");
        List<Map<String, String>> recs = readJsonl(out.resolve("crawl.jsonl"));
        assertThat(recs).extracting(m -> m.get("url")).containsExactly("http://de.example/", "http://ru.example/",
                "http://zh.example/", "http://ja.example/", "http://fr.example/", "http://gz.example/",
                "http://de.example/");
        assertThat(recs.get(0).keySet()).containsExactly("url", "date", "record_id", "content_type", "charset", "title", "text");
        assertThat(recs.get(0)).containsEntry("date", "2024-05-06T07:08:09Z").containsEntry("charset", "utf-8")
                .containsEntry("title", "Grüße").containsEntry("text", DE + "\n");
        assertThat(recs.get(0).get("record_id")).startsWith("<urn:uuid:");
        assertThat(recs.get(1)).containsEntry("charset", "windows-1251").containsEntry("title", "Статья")
                .containsEntry("text", RU + "\n");
        assertThat(recs.get(2)).containsEntry("charset", "utf-8").containsEntry("text", ZH + "\n");
        assertThat(recs.get(3)).containsEntry("charset", "shift_jis").containsEntry("text", JA + "\n");
        assertThat(recs.get(4).get("text")).isEqualTo(FR + "\n");
        assertThat(recs.get(5)).containsEntry("title", "Gzip").containsEntry("text", DE + "\n");
        assertThat(recs.get(6).get("text")).contains(DE);
        assertThat(Trees.sha256(Files.readAllBytes(warc))).isEqualTo(sum);
    }

    @Test
    void warcFromStdinIsSniffedAndWrittenToStdout(@TempDir Path tmp) throws IOException {
        Path warc = writeWarc(tmp.resolve("x.warc.gz"));
        CliRunner.Result r = CliRunner.run(Files.readAllBytes(warc), "clean", "-q");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.outText().lines()).hasSize(8);
        assertThat(r.outText()).contains("\"text\":\"" + RU + "\\n\"");
    }
}
