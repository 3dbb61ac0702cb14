package io.textmend;

import static org.assertj.core.api.Assertions.assertThat;

import io.textmend.testing.Corpora;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InputKindTest {

    @Test
    void pagesAreHtml() {
        assertThat(InputKind.sniff("<!doctype html><html><head><title>t</title></head><body><p>x</p></body></html>"))
                .isEqualTo(InputKind.HTML);
        assertThat(InputKind.sniff("  <div class=\"a\"><p>One</p>\n<p>Two</p></div>")).isEqualTo(InputKind.HTML);
        assertThat(InputKind.sniff("<HTML><BODY><P>upper case<BR></BODY></HTML>")).isEqualTo(InputKind.HTML);
    }

    @Test
    void textThatMentionsTagsStaysText() {
        assertThat(InputKind.sniff("Use <br> for a line break.")).isEqualTo(InputKind.TEXT);
        assertThat(InputKind.sniff("if a<b and c>d then <p> is a tag; <notatag> and x <3 y")).isEqualTo(InputKind.TEXT);
        assertThat(InputKind.sniff("Tags: <p> <div> <span> <b> and <i>")).isEqualTo(InputKind.TEXT);
        assertThat(InputKind.sniff("<p> <div> <span> <b> <i> <em>")).isEqualTo(InputKind.HTML);
        assertThat(InputKind.sniff("")).isEqualTo(InputKind.TEXT);
        assertThat(InputKind.sniff("<")).isEqualTo(InputKind.TEXT);
    }

    @Test
    void removingLinesOrControlCharsNeverMakesTextHtml() {
        // the fuzz finding: 17 tags in 4.5 KB were "too sparse" until cleaning shortened the text
        String sparse = "<link rel=a> <meta x> <p> <b> <i> text ".replace(" text ", " ") + "prose. ".repeat(600);
        assertThat(InputKind.sniff(sparse)).isEqualTo(InputKind.sniff(sparse.substring(0, 40)));
        // a control char inside a tag is removed by cleaning: counted as if already gone
        assertThat(InputKind.sniff("<\u0001p>a</p\u0000><b\u007f>b</b><i>c</i>")).isEqualTo(InputKind.HTML);
        assertThat(TextMend.clean("&lt;p&gt;a&lt;/p&gt;&lt;p&gt;b&lt;/p&gt;&lt;p&gt;c&lt;/p&gt;<&#112;>").text())
                .doesNotContain("<p");
    }

    @Test
    void prosePageStartIsStillHtml() {
        // the fuzz finding: prose first, then the page; a prefix rule said TEXT
        String page = "Esperanto ".repeat(300) + "<html><head><title>T</title><meta charset=utf-8></head><body>"
                + "<p>Body</p>".repeat(70) + "</body></html>";
        assertThat(InputKind.sniff(page)).isEqualTo(InputKind.HTML);
    }

    @Test
    void benchmarkPagesAreHtmlAndTheirCleanedTextIsText() throws IOException {
        Path dir = Corpora.path("article-extraction-benchmark").resolve("html");
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(f -> f.toString().endsWith(".html.gz")).sorted().limit(40).toList();
        }
        assertThat(pages).hasSize(40);
        for (Path p : pages) {
            byte[] bytes;
            try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(p))) {
                bytes = in.readAllBytes();
            }
            assertThat(InputKind.sniff(new String(bytes, StandardCharsets.ISO_8859_1))).as(p.toString())
                    .isEqualTo(InputKind.HTML);
            String cleaned = TextMend.clean(bytes).text();
            assertThat(InputKind.sniff(cleaned)).as(p.toString()).isEqualTo(InputKind.TEXT);
        }
    }

    @Test
    void multilingualTextIsText() throws IOException {
        List<Path> files = new java.util.ArrayList<>(Corpora.multilingualFiles());
        files.addAll(Corpora.shortFiles());
        assertThat(files).hasSizeGreaterThan(40);
        for (Path p : files) {
            assertThat(InputKind.sniff(Files.readString(p))).as(p.toString()).isEqualTo(InputKind.TEXT);
        }
    }
}
