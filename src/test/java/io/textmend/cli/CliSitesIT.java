package io.textmend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.textmend.testing.Corpora;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code learn}, {@code clean --profiles} and {@code clean --learn-sites} over a tree of two sites. */
class CliSitesIT {

    @TempDir
    static Path tmp;
    static Path in;

    static final Map<String, String[]> CHROME = Map.of(
            "courier", new String[] {"The Northern Courier, your paper since 1887", "Printed and published in Aberdeen by NC Media"},
            "gazette", new String[] {"Gazette du Val — l'actualité de la vallée", "Gazette du Val, société éditrice des journaux du Val"});

    @BeforeAll
    static void crawl() throws IOException {
        in = tmp.resolve("in");
        List<String> en = Corpora.lines(Corpora.path("multilingual-clean").resolve("en.txt"));
        List<String> fr = Corpora.lines(Corpora.path("multilingual-clean").resolve("fr.txt"));
        for (int i = 0; i < 8; i++) {
            write("courier", i, en.subList(4 * i, 4 * i + 4));
            write("gazette", i, fr.subList(4 * i, 4 * i + 4));
        }
    }

    private static void write(String site, int i, List<String> body) throws IOException {
        Path dir = Files.createDirectories(in.resolve(site));
        String[] c = CHROME.get(site);
        Files.writeString(dir.resolve("p" + i + ".txt"), c[0] + "\n\n" + String.join("\n\n", body) + "\n\n" + c[1] + "\n");
    }

    private static String all(Path out) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (var s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                sb.append(Files.readString(p));
            }
        }
        return sb.toString();
    }

    @Test
    void learnedProfilesRemoveEachSitesTemplateAndKeepTheArticles() throws IOException {
        Path profiles = tmp.resolve("profiles");
        CliRunner.Result l = CliRunner.run("learn", "-r", in.toString(), "-o", profiles.toString(), "-q");
        assertThat(l.code()).as(l.err()).isZero();
        try (var s = Files.list(profiles)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("courier.site.json", "gazette.site.json");
        }
        Path out = tmp.resolve("out");
        Path report = tmp.resolve("report.jsonl");
        CliRunner.Result c = CliRunner.run("clean", "-r", in.toString(), "-o", out.toString(), "--profiles",
                profiles.toString(), "--report", report.toString(), "-q");
        assertThat(c.code()).as(c.err()).isZero();
        String cleaned = all(out);
        for (String[] chrome : CHROME.values()) {
            assertThat(cleaned).doesNotContain(chrome[0]).doesNotContain(chrome[1]);
        }
        List<String> en = Corpora.lines(Corpora.path("multilingual-clean").resolve("en.txt"));
        assertThat(cleaned).contains(en.get(0)).contains(en.get(31));
        assertThat(Files.readString(report)).contains("\"rule\":\"site_template\"");

        Path one = tmp.resolve("one-pass");
        CliRunner.Result both = CliRunner.run("clean", "-r", in.toString(), "-o", one.toString(), "--learn-sites", "-q");
        assertThat(both.code()).as(both.err()).isZero();
        assertThat(all(one)).isEqualTo(cleaned);
    }

    /**
     * {@code learn} over half the pages, then {@code learn --merge} over the other half into the
     * same folder, writes the files that {@code learn} over all pages writes. Byte for byte here:
     * every line is either chrome on every page (its sample known to both halves) or on one page
     * (no sample kept), so even the samples agree.
     */
    @Test
    void learningTwoHalvesWithMergeWritesTheProfilesOfLearningAll() throws IOException {
        Path halves = tmp.resolve("halves");
        try (var s = Files.walk(in)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                Path rel = in.relativize(f);
                int page = Integer.parseInt(f.getFileName().toString().replaceAll("\\D", ""));
                Path to = halves.resolve(page % 2 == 0 ? "even" : "odd").resolve(rel);
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        Path merged = tmp.resolve("merged-profiles");
        assertThat(CliRunner.run("learn", "-r", halves.resolve("even").toString(), "-o", merged.toString(), "-q").code())
                .isZero();
        CliRunner.Result m = CliRunner.run("learn", "--merge", "-r", halves.resolve("odd").toString(), "-o",
                merged.toString(), "-q");
        assertThat(m.code()).as(m.err()).isZero();
        Path whole = tmp.resolve("whole-profiles");
        assertThat(CliRunner.run("learn", "-r", in.toString(), "-o", whole.toString(), "-q").code()).isZero();
        for (String site : List.of("courier", "gazette")) {
            String file = site + ".site.json";
            assertThat(Files.readString(merged.resolve(file))).isEqualTo(Files.readString(whole.resolve(file)))
                    .contains("\"version\" : 3,");
        }
    }

    /**
     * With {@code --site-memory 16} the learner spills sites to disk after every page or two and
     * merges the parts back: the profiles and the cleaned pages are those of learning in memory.
     */
    @Test
    void aSmallSiteMemorySpillsAndGivesTheSameProfilesAndOutput() throws IOException {
        Path small = tmp.resolve("spilled-profiles");
        CliRunner.Result l = CliRunner.run("learn", "-r", in.toString(), "-o", small.toString(), "--site-memory", "16",
                "--threads", "2", "-q");
        assertThat(l.code()).as(l.err()).isZero();
        Path whole = tmp.resolve("memory-profiles");
        assertThat(CliRunner.run("learn", "-r", in.toString(), "-o", whole.toString(), "-q").code()).isZero();
        for (String site : List.of("courier", "gazette")) {
            String file = site + ".site.json";
            assertThat(Files.readString(small.resolve(file))).isEqualTo(Files.readString(whole.resolve(file)));
        }
        try (var s = Files.list(small)) {
            assertThat(s.count()).as("only the profiles in -o").isEqualTo(2);
        }
        Path a = tmp.resolve("spilled-clean");
        Path b = tmp.resolve("memory-clean");
        CliRunner.Result c = CliRunner.run("clean", "-r", in.toString(), "-o", a.toString(), "--learn-sites",
                "--site-memory", "16", "-q");
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(CliRunner.run("clean", "-r", in.toString(), "-o", b.toString(), "--learn-sites", "-q").code()).isZero();
        assertThat(all(a)).isEqualTo(all(b)).doesNotContain(CHROME.get("courier")[0]);
        assertThat(CliRunner.run("learn", "-r", in.toString(), "-o", small.toString(), "--site-memory", "3").code())
                .isEqualTo(2);
    }

    @Test
    void jsonlRecordsAreGroupedByTheHostOfTheirUrlField() throws IOException {
        List<String> en = Corpora.lines(Corpora.path("multilingual-clean").resolve("en.txt"));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            for (String host : List.of("www.courier.example", "gazette.example")) {
                String chrome = host.startsWith("www") ? CHROME.get("courier")[0] : CHROME.get("gazette")[0];
                String text = chrome + "\n\n" + en.get(100 + 3 * i) + "\n\n" + en.get(101 + 3 * i) + "\n";
                sb.append(Json.write(g -> {
                    g.writeStartObject();
                    g.writeStringField("url", "https://" + host + "/story/" + text.hashCode());
                    g.writeStringField("text", text);
                    g.writeEndObject();
                })).append('\n');
            }
        }
        Path jsonl = Files.writeString(tmp.resolve("pages.jsonl"), sb);
        Path out = tmp.resolve("jsonl-out");
        CliRunner.Result r = CliRunner.run("clean", "--jsonl", "--url-field", "url", "--learn-sites", jsonl.toString(),
                "-o", out.toString(), "-q");
        assertThat(r.code()).as(r.err()).isZero();
        String cleaned = Files.readString(out.resolve("pages.jsonl"));
        assertThat(cleaned).doesNotContain(CHROME.get("courier")[0]).doesNotContain(CHROME.get("gazette")[0]);
        for (int i = 0; i < 8; i++) {
            // each article's first paragraph is kept (escaped as the JSON writes it)
            String q = Json.quote(en.get(100 + 3 * i));
            assertThat(cleaned).contains(q.substring(1, q.length() - 1));
        }
        assertThat(cleaned.lines()).hasSize(16);
    }

    @Test
    void withoutProfilesTheChromeStays() throws IOException {
        Path out = tmp.resolve("plain");
        assertThat(CliRunner.run("clean", "-r", in.toString(), "-o", out.toString(), "-q").code()).isZero();
        assertThat(all(out)).contains(CHROME.get("courier")[0]);
    }

    @Test
    void badSiteOptionsAreUsageErrors() {
        assertThat(CliRunner.run("learn", in.toString()).code()).isEqualTo(2);
        assertThat(CliRunner.run("clean", in.toString(), "--site-key", "planet").code()).isEqualTo(2);
        assertThat(CliRunner.run("clean", in.toString(), "--profiles", tmp.resolve("nope").toString()).code())
                .isEqualTo(2);
    }
}
