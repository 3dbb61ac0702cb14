package io.textmend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliContractTest {

    static final Path SEED = Path.of("seeds/000_6382ce5c37147a41.txt");

    @Test
    void fixPrintsTheFixedSeedExactly() throws IOException {
        CliRunner.Result r = CliRunner.run("fix", SEED.toString());
        assertThat(r.code()).isZero();
        assertThat(r.outText()).isEqualTo(Files.readString(Path.of("test-fixtures/seed/000_6382ce5c37147a41.fixed.txt")));
    }

    @Test
    void fixReadsStdinAndUndoesTwoLayers() {
        byte[] in = {'c', 'a', 'f', (byte) 0xc3, (byte) 0x83, (byte) 0xc2, (byte) 0xa9};
        CliRunner.Result r = CliRunner.run(in, "fix");
        assertThat(r.code()).isZero();
        assertThat(r.outText()).isEqualTo("café");
    }

    @Test
    void outputIsUtf8UnderTheCLocale() throws Exception {
        byte[] in = "Café 中文\n".getBytes(StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.fork(in, Map.of("LC_ALL", "C", "LANG", "C"), "fix");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(in);
        CliRunner.Result clean = CliRunner.fork(in, Map.of("LC_ALL", "C", "LANG", "C"), "clean");
        assertThat(clean.outText()).isEqualTo("Café 中文\n");
    }

    @Test
    void cleanWritesMirroredOutputsForAFolder(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.copy(SEED, in.resolve("seed.txt"));
        Files.writeString(in.resolve("sub/empty.txt"), "");
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("clean", "-r", in.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("seed.txt")))
                .isEqualTo(Files.readString(Path.of("test-fixtures/seed/000_6382ce5c37147a41.cleaned.txt")));
        assertThat(out.resolve("sub/empty.txt")).exists().isEmptyFile();
        try (var s = Files.walk(out)) {
            assertThat(s.filter(Files::isRegularFile).count()).isEqualTo(2);
        }
    }

    @Test
    void folderWithoutRecursiveSkipsSubfolders(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("a.txt"), "Hello there.\n");
        Files.writeString(in.resolve("sub/b.txt"), "Hello again.\n");
        Path out = tmp.resolve("out");
        assertThat(CliRunner.run("clean", in.toString(), "-o", out.toString()).code()).isZero();
        assertThat(out.resolve("a.txt")).exists();
        assertThat(out.resolve("sub/b.txt")).doesNotExist();
    }

    @Test
    void htmlInputOfCleanGetsTxtName(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("page.html");
        Files.writeString(in, "<html><body><article><p>This is the body of a short article, with words.</p>"
                + "</article></body></html>");
        Path out = tmp.resolve("out");
        assertThat(CliRunner.run("clean", in.toString(), "-o", out.toString()).code()).isZero();
        assertThat(Files.readString(out.resolve("page.txt"))).isEqualTo("This is the body of a short article, with words.\n");
    }

    @Test
    void jsonlRoundTripKeepsOtherFieldsAndOrder(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("pages.jsonl");
        String l1 = "{\"id\":1,\"text\":\"caf\u00c3\u00a9 au lait\",\"score\":1.50,\"tags\":[\"a\",{\"b\":null}]}";
        String l2 = "{\"url\":\"http://x/\u00e9\",\"text\":\"plain text\",\"n\":1e3}";
        String bad = "not json at all";
        String l3 = "{\"id\":3,\"other\":\"no text field\"}";
        Files.writeString(in, l1 + "\n" + l2 + "\n" + bad + "\n" + l3 + "\n");
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("fix", "--jsonl", in.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("pages.jsonl:3: not valid JSON").contains("pages.jsonl:4: no string field 'text'");
        String[] lines = Files.readString(out.resolve("pages.jsonl")).split("\n", -1);
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).isEqualTo("{\"id\":1,\"text\":\"café au lait\",\"score\":1.50,\"tags\":[\"a\",{\"b\":null}]}");
        assertThat(lines[1]).isEqualTo(l2);
        assertThat(lines[2]).isEqualTo(bad);
        assertThat(lines[3]).isEqualTo(l3);
        assertThat(lines[4]).isEmpty();
    }

    @Test
    void missingFileFailsWithOneLineAndOthersStillRun(@TempDir Path tmp) throws IOException {
        Path ok = tmp.resolve("ok.txt");
        Files.writeString(ok, "Fine text.\n");
        CliRunner.Result r = CliRunner.run("fix", tmp.resolve("nope.txt").toString(), ok.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("textmend: " + tmp.resolve("nope.txt") + ": no such file");
        assertThat(r.outText()).isEqualTo("Fine text.\n");
    }

    @Test
    void badCommandLineExitsTwo() {
        assertThat(CliRunner.run("clean", "--no-such-flag").code()).isEqualTo(2);
        assertThat(CliRunner.run("frobnicate").code()).isEqualTo(2);
        assertThat(CliRunner.run("clean", "--preset", "wild").code()).isEqualTo(2);
    }

    @Test
    void inPlaceRewritesOnlyWhenAsked(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("a.txt");
        byte[] bad = "It\u00e2\u20ac\u2122s fine\n".getBytes(StandardCharsets.UTF_8);
        Files.write(f, bad);
        CliRunner.run("fix", f.toString());
        assertThat(Files.readAllBytes(f)).isEqualTo(bad);
        assertThat(CliRunner.run("fix", "--in-place", f.toString()).code()).isZero();
        assertThat(Files.readString(f)).isEqualTo("It\u2019s fine\n");
    }

    @Test
    void detectPrintsOneJsonLine() {
        CliRunner.Result r = CliRunner.run("detect", SEED.toString());
        assertThat(r.code()).isZero();
        assertThat(r.outText()).startsWith("{\"path\":\"seeds/000_6382ce5c37147a41.txt\",\"encoding\":\"utf-8\"")
                .contains("\"source\":\"detected\"").contains("\"mojibake\":{\"kinds\":[")
                .contains("\"boilerplate\":{\"blocks\":").endsWith("}\n");
    }

    @Test
    void reportListsEveryChange(@TempDir Path tmp) throws IOException {
        Path rep = tmp.resolve("r.jsonl");
        assertThat(CliRunner.run("clean", SEED.toString(), "--report", rep.toString()).code()).isZero();
        String report = Files.readString(rep);
        assertThat(report.lines()).hasSize(1);
        assertThat(report).contains("\"rule\":\"related_content\"").contains("\"before\":\"鈥檚\"")
                .contains("\"rule\":\"injected_spam\"");
    }

    @Test
    void versionPrints() {
        CliRunner.Result r = CliRunner.run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.outText()).startsWith("textmend ");
    }
}
