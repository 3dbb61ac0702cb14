package io.textmend.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.textmend.CleanResult;
import io.textmend.Cleaner;
import io.textmend.cli.Console;
import io.textmend.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcConversion;

/**
 * Runs the job in {@code local[2]} over WARC and JSON Lines inputs written here, and checks every
 * output row against textmend itself: the CLI for JSON Lines, and for WARC the {@link Cleaner} call
 * the CLI makes per record (plus the CLI itself once it reads WARC).
 */
class CleanJobTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path warcPlain;
    static Path warcGzip;
    /** What the test wrote per page URL: the HTTP body and Content-Type (WET: the record's). */
    static final Map<String, byte[]> BODIES = new LinkedHashMap<>();
    static final Map<String, String> TYPES = new LinkedHashMap<>();

    static final String MOJIBAKE = new String("It’s the café’s best crème brûlée, they said."
            .getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));

    @BeforeAll
    static void writeCrawl() throws IOException {
        warcPlain = dir.resolve("crawl-1.warc");
        warcGzip = dir.resolve("crawl-2.warc.gz");
        try (TestCrawl.Warc w = new TestCrawl.Warc(warcPlain, false)) {
            page(w, "https://news.example.com/2024/welsh", "text/html; charset=utf-8",
                    TestCrawl.article("en", "Welsh AMs worried", TestCrawl.lines("en", 0, 8), MOJIBAKE),
                    StandardCharsets.UTF_8);
            page(w, "https://journal.example.fr/article/1", "text/html; charset=windows-1252",
                    TestCrawl.article("fr", "Un article", TestCrawl.lines("fr", 0, 8)), Charset.forName("windows-1252"));
            page(w, "https://gazeta.example.ru/news/1", "text/html; charset=KOI8-R",
                    TestCrawl.article("ru", "Новости", TestCrawl.lines("ru", 0, 8)), Charset.forName("KOI8-R"));
            w.request("https://news.example.com/logo.png");
            w.response("https://news.example.com/logo.png", "image/png",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        }
        try (TestCrawl.Warc w = new TestCrawl.Warc(warcGzip, true)) {
            page(w, "https://shinbun.example.jp/a/1", "text/html; charset=Shift_JIS",
                    TestCrawl.article("ja", "記事", TestCrawl.lines("ja", 0, 8)), Charset.forName("Shift_JIS"));
            page(w, "https://zeitung.example.de/artikel/1", "text/html",
                    TestCrawl.article("de", "Ein Artikel", TestCrawl.lines("de", 0, 8)), StandardCharsets.UTF_8);
            w.response("https://zeitung.example.de/robots.txt", "text/plain",
                    "User-agent: *\nDisallow:\n".getBytes(StandardCharsets.US_ASCII));
            String wet = "Inicio | Noticias | Deportes | Contacto\n\n" + String.join("\n\n", TestCrawl.lines("es", 0, 6))
                    + "\n\nShare this article\nFollow us on Twitter\n© 2024 Example Media. All rights reserved.\n";
            w.conversion("https://diario.example.es/noticia/1", wet);
            BODIES.put("https://diario.example.es/noticia/1", wet.getBytes(StandardCharsets.UTF_8));
            TYPES.put("https://diario.example.es/noticia/1", "text/plain");
        }
    }

    private static void page(TestCrawl.Warc w, String url, String type, String html, Charset cs) throws IOException {
        w.html(url, type, html, cs);
        BODIES.put(url, html.getBytes(cs));
        TYPES.put(url, type);
    }

    static Map<String, Row> byUrl(List<Row> rows) {
        Map<String, Row> m = new TreeMap<>();
        for (Row r : rows) {
            assertEquals(null, m.put(r.getAs("url"), r), "one row per URL");
        }
        return m;
    }

    @Test
    void cleansWarcRecordsExactlyAsTheCleanerDoesPerRecord() throws IOException {
        SparkSession spark = SparkTests.session();
        Path list = dir.resolve("warc-paths.txt");
        Files.writeString(list, "# the crawl\n" + warcPlain.toUri() + "\n\n" + warcGzip + "\n", StandardCharsets.UTF_8);
        JobOptions o = JobOptions.warc(CleanJobCommand.readList(list.toString(),
                spark.sparkContext().hadoopConfiguration()), dir.resolve("out-warc").toString());
        assertEquals(2, o.inputs().size());

        JobSummary s = CleanJob.run(spark, o);

        assertEquals(6, s.pages(), s.line());
        assertEquals(2, s.skippedNonHtml(), "the PNG and the robots.txt: " + s.line());
        assertEquals(0, s.failed(), s.line());
        Map<String, Row> rows = byUrl(CleanJob.read(spark, o).collectAsList());
        assertEquals(BODIES.keySet(), rows.keySet());
        Cleaner cleaner = new Cleaner(CleanerSpec.defaults().toOptions());
        long repairs = 0;
        long removals = 0;
        for (Map.Entry<String, Row> e : rows.entrySet()) {
            Row r = e.getValue();
            CleanResult want = cleaner.clean(BODIES.get(e.getKey()), TYPES.get(e.getKey()));
            assertEquals(want.text(), r.getAs("text"), e.getKey());
            assertEquals(want.charset(), r.getAs("charset"), e.getKey());
            assertEquals(want.title(), r.getAs("title"), e.getKey());
            assertEquals(want.count("mojibake"), (long) r.getAs("mojibake_repairs"), e.getKey());
            assertEquals(want.count("boilerplate"), (long) r.getAs("boilerplate_removals"), e.getKey());
            assertEquals(0L, (long) r.getAs("site_template_removals"));
            assertFalse(((String) r.getAs("date")).isEmpty());
            repairs += r.<Long>getAs("mojibake_repairs");
            removals += r.<Long>getAs("boilerplate_removals");
        }
        assertTrue(repairs > 0, "the mojibake sentence was repaired");
        assertTrue(removals > 0, "the WET page's menu and share lines were removed");
        assertTrue(rows.get("https://news.example.com/2024/welsh").<String>getAs("text")
                .contains("It’s the café’s best crème brûlée"));
        assertEquals("koi8-r", rows.get("https://gazeta.example.ru/news/1").<String>getAs("charset")
                .toLowerCase(java.util.Locale.ROOT));
        assertTrue(rows.get("https://gazeta.example.ru/news/1").<String>getAs("text")
                .contains(TestCrawl.lines("ru", 2, 1).get(0)), "KOI8-R decoded by its HTTP charset");
        assertTrue(rows.get("https://shinbun.example.jp/a/1").<String>getAs("text")
                .contains(TestCrawl.lines("ja", 2, 1).get(0)), "Shift_JIS decoded by its HTTP charset");
        assertTrue(rows.get("https://journal.example.fr/article/1").<String>getAs("text")
                .contains(TestCrawl.lines("fr", 2, 1).get(0)), "windows-1252 decoded by its HTTP charset");
    }

    @Test
    void cleansWarcRecordsExactlyAsTheCliDoes() throws IOException {
        SparkSession spark = SparkTests.session();
        JobOptions o = JobOptions.warc(List.of(warcPlain.toString(), warcGzip.toString()),
                dir.resolve("out-warc-cli").toString()).withOutputFormat("json");
        CleanJob.run(spark, o);
        Map<String, Row> rows = byUrl(CleanJob.read(spark, o).collectAsList());
        Map<String, String> cli = new TreeMap<>();
        for (Path warc : List.of(warcPlain, warcGzip)) {
            Cli run = Cli.run("clean", warc.toString());
            assertEquals(0, run.code, "textmend clean " + warc.getFileName() + ": " + run.err);
            for (String line : run.out.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = JSON.readTree(line);
                } catch (IOException e) {
                    throw new AssertionError("textmend clean FILE.warc does not write JSON Lines; got: " + line, e);
                }
                if (!n.isObject() || !n.path("url").isTextual() || !n.path("text").isTextual()) {
                    fail("textmend clean FILE.warc wrote a JSON line without string fields url and text: " + line);
                }
                cli.put(n.get("url").asText(), n.get("text").asText());
            }
        }
        assertEquals(cli.keySet(), rows.keySet(), "the same pages (the CLI also skips non-HTML responses)");
        for (Map.Entry<String, String> e : cli.entrySet()) {
            assertEquals(e.getValue(), rows.get(e.getKey()).getAs("text"), e.getKey());
        }
    }

    @Test
    void cleansJsonLinesExactlyAsTheCliDoes() throws IOException {
        Path jsonl = dir.resolve("pages.jsonl");
        List<String> lines = new ArrayList<>();
        List<String> en = TestCrawl.lines("en", 20, 12);
        lines.add(json("https://a.example/1", String.join("\n", en.subList(0, 6)) + "\n" + MOJIBAKE + "\n"));
        lines.add(json("https://a.example/2", "Home | News | Sport | Weather\n\n" + String.join("\n\n", en.subList(6, 12))
                + "\n\nShare this article\nFollow us on Twitter\n© 2024 Example Media. All rights reserved.\n"));
        lines.add(json("https://b.example/html", TestCrawl.article("de", "Überschrift", TestCrawl.lines("de", 40, 8))));
        lines.add(json("https://c.example/ru", String.join("\n", TestCrawl.lines("ru", 30, 5))));
        lines.add("{\"url\": \"https://d.example/broken\", \"text\": ");
        Files.write(jsonl, lines, StandardCharsets.UTF_8);

        SparkSession spark = SparkTests.session();
        JobOptions o = JobOptions.jsonl(List.of(jsonl.toString()), "text", "url", dir.resolve("out-jsonl").toString())
                .withOutputFormat("json");
        JobSummary s = CleanJob.run(spark, o);
        assertEquals(4, s.pages(), s.line());
        assertEquals(1, s.failed(), "the truncated line: " + s.line());
        Map<String, Row> rows = byUrl(CleanJob.read(spark, o).collectAsList());

        Cli run = Cli.run("clean", "--jsonl", "--field", "text", jsonl.toString());
        assertEquals(1, run.code, "the CLI reports the truncated line too: " + run.err);
        Map<String, String> cli = new TreeMap<>();
        for (String line : run.out.split("\n")) {
            JsonNode n;
            try {
                n = JSON.readTree(line);
            } catch (IOException e) {
                continue; // the truncated line, written back unchanged
            }
            cli.put(n.get("url").asText(), n.get("text").asText());
        }
        assertEquals(4, cli.size());
        assertEquals(cli.keySet(), rows.keySet());
        for (Map.Entry<String, String> e : cli.entrySet()) {
            assertEquals(e.getValue(), rows.get(e.getKey()).getAs("text"), e.getKey());
        }
        assertTrue(rows.get("https://a.example/1").<Long>getAs("mojibake_repairs") > 0);
        assertTrue(rows.get("https://a.example/2").<Long>getAs("boilerplate_removals") > 0);
        assertEquals("Überschrift", rows.get("https://b.example/html").getAs("title"));
    }

    static String json(String url, String text) throws IOException {
        return JSON.writeValueAsString(Map.of("url", url, "text", text));
    }

    /** One in-process run of the textmend CLI. */
    record Cli(int code, String out, String err) {
        static Cli run(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(args, new Console(new ByteArrayInputStream(new byte[0]), out, err, false));
            return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void testCrawlIsReadableByJwarc() throws IOException {
        int pages = 0;
        for (Path p : List.of(warcPlain, warcGzip)) {
            try (WarcReader r = new WarcReader(p)) {
                for (WarcRecord rec : r) {
                    if (rec instanceof WarcResponse || rec instanceof WarcConversion) {
                        pages++;
                    }
                }
            }
        }
        assertEquals(8, pages, "6 pages and 2 non-HTML responses");
    }
}
