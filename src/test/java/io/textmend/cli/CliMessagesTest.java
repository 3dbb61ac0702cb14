package io.textmend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact one-line messages of the common failures (issue 9), each naming the input and the reason. */
class CliMessagesTest {

    @Test
    void missingFile(@TempDir Path tmp) {
        CliRunner.Result r = CliRunner.run("clean", tmp.resolve("gone.txt").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("textmend: " + tmp.resolve("gone.txt") + ": no such file\n");
    }

    @Test
    void binaryInput(@TempDir Path tmp) throws IOException {
        Path f = Files.write(tmp.resolve("x.txt"), new byte[] {'a', 0, 0, 'b', 0, 1, 2, 3, 0, 0, 0, 7, 'x', 0, (byte) 0xff, 0, 0, 0, 9, 0, 'q', 0, 0, 5});
        CliRunner.Result r = CliRunner.run("clean", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("textmend: " + f + ": binary input (NUL bytes)\n");
    }

    @Test
    void inputInsideTheOutputDirIsRefused(@TempDir Path tmp) throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out/sub"));
        CliRunner.Result r = CliRunner.run("clean", "-r", out.toString(), "-o", tmp.resolve("out").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("textmend: input " + out + " is inside the output dir " + tmp.resolve("out")
                + " (see textmend --help)\n");
    }

    @Test
    void outputDirInsideAnInputFolderIsWrittenButNotReadBack(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("a.txt"), "Some text here.\n");
        Path out = tmp.resolve("cleaned");
        for (int i = 0; i < 2; i++) {
            CliRunner.Result r = CliRunner.run("clean", "-r", tmp.toString(), "-o", out.toString(), "-q");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).isEmpty();
        }
        assertThat(Trees.digests(out).keySet()).containsExactly("a.txt");
    }

    @Test
    void unwritableOutputDir(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        Files.writeString(tmp.resolve("a.txt"), "Some text.\n");
        Path out = file.resolve("out");
        CliRunner.Result r = CliRunner.run("clean", tmp.resolve("a.txt").toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("textmend: cannot write to output dir " + out + ": not a directory\n");
        CliRunner.Result notDir = CliRunner.run("clean", tmp.resolve("a.txt").toString(), "-o", file.toString());
        assertThat(notDir.code()).isEqualTo(2);
        assertThat(notDir.err()).isEqualTo("textmend: output dir " + file + " is not a folder (see textmend --help)\n");
    }

    @Test
    void badJsonLine(@TempDir Path tmp) throws IOException {
        Path f = Files.writeString(tmp.resolve("r.jsonl"), "{\"text\":\"ok\"}\n{\"text\":\n");
        CliRunner.Result r = CliRunner.run("clean", "--jsonl", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("textmend: " + f + ":2: not valid JSON (Unexpected end-of-input within/between"
                + " Object entries); line written unchanged\n");
        assertThat(r.outText()).isEqualTo("{\"text\":\"ok\\n\"}\n{\"text\":\n");
    }

    @Test
    void htmlNestedTooDeep(@TempDir Path tmp) throws IOException {
        Path f = Files.writeString(tmp.resolve("deep.html"), "<html><body>" + "<div>".repeat(300) + "<p>Deep.</p></body></html>");
        CliRunner.Result r = CliRunner.run("clean", f.toString(), "--max-depth", "100");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("textmend: " + f + ": HTML nested deeper than 100 levels (--max-depth)\n");
        assertThat(CliRunner.run("clean", f.toString()).code()).isZero();
    }

    @Test
    void inputOverTheSizeLimit(@TempDir Path tmp) throws IOException {
        Path f = Files.writeString(tmp.resolve("big.txt"), "x".repeat(101));
        CliRunner.Result r = CliRunner.run("clean", f.toString(), "--max-bytes", "100");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("textmend: " + f + ": input over the size limit of 100 bytes (--max-bytes)\n");
        Path gz = Files.write(tmp.resolve("bomb.txt.gz"), CliTreeIT.gzip(new byte[1 << 20]));
        CliRunner.Result bomb = CliRunner.run("clean", gz.toString(), "--max-bytes", "1000");
        assertThat(bomb.err()).isEqualTo("textmend: " + gz + ": input over the size limit of 1000 bytes (--max-bytes)\n");
    }
}
