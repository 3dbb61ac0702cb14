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
        // four tags in a long text are too sparse to be a page
        String prose = "Plain prose about markup. ".repeat(200);
        assertThat(InputKind.sniff(prose + "<p> <div> <span> <b>")).isEqualTo(InputKind.TEXT);
        assertThat(InputKind.sniff("")).isEqualTo(InputKind.TEXT);
        assertThat(InputKind.sniff("<")).isEqualTo(InputKind.TEXT);
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
