package io.textmend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole trees through {@code textmend clean -r}: nesting, gzip, failures of every kind, hostile paths. */
class CliTreeIT {

    static final String ARTICLE = "<html><head><title>A page</title></head><body><nav><a href=/>Home</a></nav>"
            + "<article><p>This is the body of a short article, with enough words to be kept.</p></article></body></html>";

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(bo)) {
            g.write(b);
        }
        return bo.toByteArray();
    }

    /** Builds the tree; returns the failures expected, path to reason. */
    static Map<String, String> buildTree(Path in, Path tmp) throws IOException {
        Map<String, String> fails = new TreeMap<>();
        Files.createDirectories(in.resolve("a/b/c"));
        Files.copy(CliContractTest.SEED, in.resolve("top.txt"));
        Files.writeString(in.resolve("empty.txt"), "");
        Files.writeString(in.resolve("page.html"), ARTICLE);
        Files.writeString(in.resolve("noext"), ARTICLE);
        Files.writeString(in.resolve("a/b/c/deep.txt"), "It\u00e2\u20ac\u2122s deep down here.\n");
        Files.write(in.resolve("a/zipped.txt.gz"), gzip("caf\u00c3\u00a9 au lait\n".getBytes(StandardCharsets.UTF_8)));
        Files.write(in.resolve("a/page.htm.gz"), gzip(ARTICLE.getBytes(StandardCharsets.UTF_8)));
        Files.write(in.resolve("a/bomb.txt.gz"), gzip("a".repeat(50_000_000).getBytes(StandardCharsets.US_ASCII)));
        fails.put("a/bomb.txt.gz", "input over the size limit of 1000000 bytes (--max-bytes)");
        Files.write(in.resolve("binary.dat"), new byte[] {'a', 0, 1, 2, 0, 0, 'b', 0});
        fails.put("binary.dat", "binary input (NUL bytes)");
        Files.createSymbolicLink(in.resolve("dangling.txt"), tmp.resolve("no-such-target"));
        fails.put("dangling.txt", "unreadable: dangling symlink");
        if (Trees.mkfifo(in.resolve("fifo.txt"))) {
            fails.put("fifo.txt", "unreadable: not a regular file");
        }
        if (Files.isReadable(Path.of("/proc/self/mem"))) {
            // a regular file whose read fails (EIO) even for root, for whom chmod 000 is no obstacle
            Files.createSymbolicLink(in.resolve("a/eio.txt"), Path.of("/proc/self/mem"));
            fails.put("a/eio.txt", "Input/output error");
        }
        if (!Trees.chmodDoesNotProtect(tmp)) {
            Path locked = Files.writeString(in.resolve("locked.txt"), "secret\n");
            locked.toFile().setReadable(false, false);
            fails.put("locked.txt", "permission denied");
        }
        for (String name : List.of("sp ace.txt", "-dash.txt", "\u00fcn\u00ef c\u00f6d\u00e9.txt", "new\nline.txt",
                "..dots.txt", "a/b/\u4e2d\u6587.txt")) {
            Files.writeString(in.resolve(name), "Hostile name, ordinary text: " + name.replace('\n', ' ') + ".\n");
        }
        return fails;
    }

    static List<String> expectedOutputs(Map<String, String> fails) {
        List<String> out = new ArrayList<>(List.of("top.txt", "empty.txt", "page.txt", "noext.txt", "a/b/c/deep.txt",
                "a/zipped.txt", "a/page.txt", "sp ace.txt", "-dash.txt", "\u00fcn\u00ef c\u00f6d\u00e9.txt",
                "new\nline.txt", "..dots.txt", "a/b/\u4e2d\u6587.txt"));
        out.sort(null);
        return out;
    }

    @Test
    void cleansANestedTreeAndReportsEachFailureOnOneLine(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        Map<String, String> fails = buildTree(in, tmp);
        Map<String, String> before = Trees.digests(in);
        Path out = in.resolve("cleaned"); // inside the input folder: written, never read back
        Path report = tmp.resolve("report.jsonl");
        for (int run = 0; run < 2; run++) {
            CliRunner.Result r = CliRunner.run("clean", "-r", in.toString(), "-o", out.toString(), "--max-bytes",
                    "1000000", "--threads", "2", "--report", report.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(1);
            List<String> errLines = r.err().lines().filter(l -> !l.startsWith("textmend: " + fails.size() + 0)).toList();
            for (Map.Entry<String, String> f : fails.entrySet()) {
                assertThat(errLines).as(r.err()).contains("textmend: " + in.resolve(f.getKey()) + ": " + f.getValue());
            }
            assertThat(r.err()).contains(fails.size() + " failed");
            Map<String, String> outs = Trees.digests(out);
            assertThat(outs.keySet().stream().filter(k -> !k.endsWith("/")).sorted().toList())
                    .isEqualTo(expectedOutputs(fails));
            assertThat(Files.readString(out.resolve("empty.txt"))).isEmpty();
            assertThat(Files.readString(out.resolve("a/b/c/deep.txt"))).isEqualTo("It\u2019s deep down here.\n");
            assertThat(Files.readString(out.resolve("a/zipped.txt"))).isEqualTo("caf\u00e9 au lait\n");
            assertThat(Files.readString(out.resolve("a/page.txt")))
                    .isEqualTo("This is the body of a short article, with enough words to be kept.\n");
            Map<String, String> after = Trees.digests(in);
            after.keySet().removeIf(k -> k.startsWith("cleaned"));
            assertThat(after).isEqualTo(before);
            String rep = Files.readString(report);
            assertThat(rep.lines().filter(l -> l.contains("\"status\":\"failed\""))).hasSize(fails.size());
            assertThat(rep.lines().filter(l -> l.contains("\"status\":\"ok\""))).hasSize(expectedOutputs(fails).size());
        }
    }

    @Test
    void refusesOutputPathsThatLeaveTheOutputDir(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("evil"));
        Files.writeString(in.resolve("evil/a.txt"), "Would escape.\n");
        Files.writeString(in.resolve("fine.txt"), "Stays home.\n");
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createSymbolicLink(out.resolve("evil"), outside);
        CliRunner.Result r = CliRunner.run("clean", "-r", in.toString(), "-o", out.toString(), "-q");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("textmend: " + in.resolve("evil/a.txt")
                + ": output path evil/a.txt leads outside the output dir through a symlink");
        assertThat(outside).isEmptyDirectory();
        assertThat(Files.readString(out.resolve("fine.txt"))).isEqualTo("Stays home.\n");
    }

    @Test
    void filesFromMirrorsPathsAndRefusesDotDot(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in/sub"));
        Files.writeString(in.resolve("a.txt"), "First file.\n");
        Files.writeString(tmp.resolve("in/b.txt"), "Second file.\n");
        Path list = tmp.resolve("list");
        String up = in + "/../../in/b.txt";
        Files.write(list, (in.resolve("a.txt") + "\0" + tmp.resolve("in/b.txt") + "\0" + up + "\0")
                .getBytes(StandardCharsets.UTF_8));
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("clean", "--files-from", list.toString(), "-0", "-o", out.toString(), "-q");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("textmend: " + up + ": path contains '..'; its output could leave the output dir");
        Path root = Path.of("/").relativize(tmp);
        assertThat(Files.readString(out.resolve(root).resolve("in/sub/a.txt"))).isEqualTo("First file.\n");
        assertThat(Files.readString(out.resolve(root).resolve("in/b.txt"))).isEqualTo("Second file.\n");
    }

    @Test
    void anInputInsideTheOutputDirIsABadCommandLine(@TempDir Path tmp) throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("x.txt"), "Already there.\n");
        CliRunner.Result r = CliRunner.run("clean", out.resolve("x.txt").toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("textmend: input " + out.resolve("x.txt") + " is inside the output dir "
                + out + " (see textmend --help)");
    }
}
