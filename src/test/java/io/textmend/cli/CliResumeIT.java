package io.textmend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at some moment, then the same command with {@code --resume}: the output folder must end up
 * byte for byte what one uninterrupted run writes, with nothing extra, and the inputs untouched.
 */
class CliResumeIT {

    @TempDir
    static Path tmp;
    static Path in;
    static Map<String, String> inputDigests;
    static Map<String, String> reference;

    static String[] args(Path out, String... more) {
        List<String> a = new java.util.ArrayList<>(List.of("clean", "-r", in.toString(), "-o", out.toString(),
                "--threads", "2", "-q"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @BeforeAll
    static void buildInputsAndReference() throws IOException {
        in = tmp.resolve("in");
        for (int i = 0; i < 600; i++) {
            Path dir = Files.createDirectories(in.resolve("d" + i % 7).resolve("e" + i % 3));
            if (i % 2 == 0) {
                Files.writeString(dir.resolve("p" + i + ".html"), CliTreeIT.ARTICLE.replace("short article",
                        "short article number " + i));
            } else {
                Files.writeString(dir.resolve("t" + i + ".txt"), "It\u00e2\u20ac\u2122s text number " + i
                        + ".\nShare this on Facebook\nA second paragraph for " + i + ".\n");
            }
        }
        Files.write(in.resolve("bad.bin"), new byte[] {0, 1, 2, 3, 0, 0});
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            sb.append("{\"i\":").append(i).append(",\"text\":\"caf\u00c3\u00a9 ").append("words ".repeat(40)).append(i)
                    .append("\"}\n");
        }
        Files.createDirectories(in.resolve("jsonl"));
        Files.writeString(in.resolve("jsonl/big.jsonl"), sb);
        CliWarcIT.writeWarc(in.resolve("crawl.warc.gz"));
        inputDigests = Trees.digests(in);
        Path ref = tmp.resolve("ref");
        CliRunner.Result r = CliRunner.run(args(ref));
        assertThat(r.code()).as(r.err()).isEqualTo(1); // bad.bin
        reference = Trees.digests(ref);
        assertThat(reference).hasSizeGreaterThan(600);
    }

    static long count(Path out, Predicate<Path> p) {
        if (!Files.exists(out)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(Files::isRegularFile).filter(p).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0; // files come and go under our feet
        }
    }

    /** Starts the batch and kills it (SIGKILL) once {@code when} holds for the output folder. */
    static void runAndKill(Path out, Predicate<Path> when, String... more) throws Exception {
        Process p = CliRunner.start(List.of(), tmp.resolve("o"), tmp.resolve("e"), args(out, more));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && !when.test(out) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(p.isAlive()).as("the batch ended before it could be killed").isTrue();
        p.destroyForcibly(); // SIGKILL
        p.waitFor();
    }

    static void assertResumeGivesReference(Path out) throws Exception {
        Process p = CliRunner.start(List.of(), tmp.resolve("o2"), tmp.resolve("e2"), args(out, "--resume"));
        assertThat(p.waitFor()).as(Files.readString(tmp.resolve("e2"))).isEqualTo(1);
        assertThat(Files.readString(tmp.resolve("e2"), StandardCharsets.UTF_8).strip())
                .isEqualTo("textmend: " + in.resolve("bad.bin") + ": binary input (NUL bytes)");
        assertThat(Trees.digests(out)).isEqualTo(reference);
        assertThat(Trees.digests(in)).isEqualTo(inputDigests);
    }

    @Test
    void killedRightAfterTheFirstOutputThenResumed() throws Exception {
        Path out = tmp.resolve("k1");
        runAndKill(out, o -> count(o, f -> !AtomicFiles.isTemp(f)) >= 1);
        assertResumeGivesReference(out);
    }

    @Test
    void killedHalfWayThenResumed() throws Exception {
        Path out = tmp.resolve("k2");
        runAndKill(out, o -> count(o, f -> !AtomicFiles.isTemp(f)) >= 280);
        assertThat(count(out, f -> true)).isLessThan(reference.size());
        assertResumeGivesReference(out);
    }

    @Test
    void killedWhileTheBigJsonlFileIsHalfWrittenThenKilledAgainWhileResuming() throws Exception {
        Path out = tmp.resolve("k3");
        Predicate<Path> midJsonl = o -> {
            Path dir = o.resolve("jsonl");
            if (!Files.isDirectory(dir)) {
                return false;
            }
            try (Stream<Path> s = Files.list(dir)) {
                return s.anyMatch(f -> AtomicFiles.isTemp(f) && sizeOf(f) > 100_000);
            } catch (IOException | java.io.UncheckedIOException e) {
                return false;
            }
        };
        runAndKill(out, midJsonl);
        assertThat(count(out, AtomicFiles::isTemp)).isPositive();
        runAndKill(out, midJsonl, "--resume");
        assertResumeGivesReference(out);
        assertThat(count(out, AtomicFiles::isTemp)).isZero();
    }

    static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }
}
