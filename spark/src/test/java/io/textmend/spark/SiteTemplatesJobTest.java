package io.textmend.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textmend.Cleaner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site-template passes on a small synthetic crawl: two sites whose pages share chrome that
 * single-page cleaning keeps (a slogan, an "updated" line whose date varies), real body text from
 * the corpus, a quote repeated on two pages only, and one article crawled four times.
 */
class SiteTemplatesJobTest {

    static final String SLOGAN = "The Valley Courier: independent news from the valley since 1911.";
    static final String QUOTE = "“We will not be moved on this,” the council leader said on Tuesday evening.";
    static final String BLOG_SLOGAN = "Notes from a small garden, written by hand and posted on Sundays.";

    @TempDir
    Path dir;

    /** A headline from a corpus line: its first words (titles differ in words, not only in numbers). */
    static String title(String line) {
        String[] w = line.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(w.length, 6)));
    }

    @Test
    void learnsEachSitesTemplateAcrossTheCrawlAndRemovesOnlyIt() throws IOException {
        Path warc = dir.resolve("sites.warc.gz");
        Map<String, String> html = new LinkedHashMap<>();
        List<String> chrome = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String updated = "Updated " + (i + 1) + " May 2024 09:" + (10 + i);
            chrome.add(updated);
            List<String> body = TestCrawl.lines("en", 100 + 8 * i, 7);
            if (i == 2 || i == 7) {
                body.add(3, QUOTE);
            }
            html.put("https://www.courier.example/story/" + i,
                    TestCrawl.article("en", title(body.remove(0)), body, SLOGAN, updated));
        }
        for (int i = 0; i < 6; i++) {
            List<String> body = TestCrawl.lines("de", 200 + 8 * i, 7);
            html.put("https://blog.example/post/" + i, TestCrawl.article("de", title(body.remove(0)), body, BLOG_SLOGAN));
        }
        try (TestCrawl.Warc w = new TestCrawl.Warc(warc, true)) {
            for (Map.Entry<String, String> e : html.entrySet()) {
                int copies = e.getKey().equals("https://blog.example/post/0") ? 4 : 1;
                for (int c = 0; c < copies; c++) {
                    w.html(e.getKey(), "text/html; charset=utf-8", e.getValue(), StandardCharsets.UTF_8);
                }
            }
        }
        Cleaner cleaner = new Cleaner(CleanerSpec.defaults().toOptions());
        Map<String, String> single = new HashMap<>();
        html.forEach((url, page) -> single.put(url,
                cleaner.clean(page.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8").text()));
        for (String url : html.keySet()) {
            String slogan = url.contains("courier") ? SLOGAN : BLOG_SLOGAN;
            assertTrue(single.get(url).contains(slogan + "\n"), "single-page cleaning keeps the chrome: " + url);
        }

        SparkSession spark = SparkTests.session();
        JobOptions o = JobOptions.warc(List.of(warc.toString()), dir.resolve("out").toString())
                .withTemplates(SiteTemplates.Thresholds.defaults())
                .withProfilesOut(dir.resolve("profiles").toString());
        JobSummary s = CleanJob.run(spark, o);

        assertEquals(19, s.pages(), s.line());
        assertEquals(2, s.templateSites(), s.line());
        assertEquals(3, s.templateLines(), "slogan and updated line of the courier, slogan of the blog: " + s.line());
        assertEquals(10 * 2 + 9, s.templateLinesRemoved(), s.line());
        long removedRows = 0;
        for (Row r : CleanJob.read(spark, o).collectAsList()) {
            String url = r.getAs("url");
            String text = r.getAs("text");
            Set<String> template = url.contains("courier") ? Set.of(SLOGAN) : Set.of(BLOG_SLOGAN);
            StringBuilder expected = new StringBuilder();
            long removed = 0;
            for (String line : single.get(url).split("\n", -1)) {
                boolean isTemplate = template.contains(line) || chrome.contains(line);
                if (isTemplate) {
                    removed++;
                } else if (!line.isEmpty()) {
                    expected.append(expected.length() > 0 ? "\n" : "").append(line).append('\n');
                }
            }
            assertEquals(expected.toString(), text, url + ": exactly the template lines are gone");
            assertEquals(removed, (long) r.getAs("site_template_removals"), url);
            removedRows += removed;
        }
        assertEquals(s.templateLinesRemoved(), removedRows);
        String quoted = CleanJob.read(spark, o).where("url = 'https://www.courier.example/story/7'").first()
                .getAs("text");
        assertTrue(quoted.contains(QUOTE), "a quote on 2 of 10 pages is body text");
        String repeated = CleanJob.read(spark, o).where("url = 'https://blog.example/post/0'").first().getAs("text");
        assertTrue(repeated.contains(TestCrawl.lines("de", 203, 1).get(0)),
                "an article crawled four times counts as one page and keeps its body");

        List<Row> profiles = spark.read().json(o.profilesOut()).collectAsList();
        assertEquals(3, profiles.size());
        for (Row p : profiles) {
            String site = p.getAs("site");
            assertTrue(Set.of("courier.example", "blog.example").contains(site), site);
            assertEquals(site.equals("courier.example") ? 10L : 6L, (long) p.getAs("site_pages"));
            assertFalse(((String) p.getAs("sample")).isEmpty());
        }
    }
}
