package io.textmend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code textmend fix} streams a large file in little memory, keeping clean bytes and repairing the rest. */
class CliFixStreamIT {

    @Test
    void aLargeFileStreamsWithRepairsInvalidBytesAndOverlongLines(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("big.txt");
        Path want = tmp.resolve("want.txt");
        byte[] clean = "A clean line of text, with caf\u00e9 and na\u00efve words in it.\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream i = new BufferedOutputStream(Files.newOutputStream(in));
             OutputStream w = new BufferedOutputStream(Files.newOutputStream(want))) {
            for (int n = 0; n < 600_000; n++) {
                if (n % 1000 == 7) {
                    i.write(("It\u00e2\u20ac\u2122s line " + n + ".\n").getBytes(StandardCharsets.UTF_8));
                    w.write(("It\u2019s line " + n + ".\n").getBytes(StandardCharsets.UTF_8));
                } else if (n == 400_000) {
                    // a byte that is not UTF-8, long after the prefix the charset was decided on
                    i.write(new byte[] {'C', 'a', 'f', (byte) 0xE9, ' ', 'n', 'o', 'i', 'r', '\n'});
                    w.write("Caf\u00e9 noir\n".getBytes(StandardCharsets.UTF_8));
                } else if (n == 500_000) {
                    byte[] longLine = "word ".repeat(700_000).getBytes(StandardCharsets.US_ASCII);
                    i.write(longLine);
                    w.write(longLine);
                } else {
                    i.write(clean);
                    w.write(clean);
                }
            }
            i.write("No final newline".getBytes(StandardCharsets.US_ASCII));
            w.write("No final newline".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(Files.size(in)).isGreaterThan(30_000_000L);
        String sum = Trees.sha256(Files.readAllBytes(in));
        for (String threads : List.of("1", "2")) {
            Path out = tmp.resolve("out" + threads);
            Process p = CliRunner.start(List.of("-Xmx48m"), tmp.resolve("o"), tmp.resolve("e"), "fix", "--threads",
                    threads, in.toString(), "-o", out.toString(), "-q");
            assertThat(p.waitFor()).as(Files.readString(tmp.resolve("e"))).isZero();
            assertThat(Trees.sha256(Files.readAllBytes(out.resolve("big.txt"))))
                    .isEqualTo(Trees.sha256(Files.readAllBytes(want)));
        }
        Process p = CliRunner.start(List.of("-Xmx48m"), tmp.resolve("stdout"), tmp.resolve("e"), "fix", in.toString());
        assertThat(p.waitFor()).isZero();
        assertThat(Trees.sha256(Files.readAllBytes(tmp.resolve("stdout")))).isEqualTo(Trees.sha256(Files.readAllBytes(want)));
        assertThat(Trees.sha256(Files.readAllBytes(in))).isEqualTo(sum);
    }

    @Test
    void lineReaderCutsOnlyOverlongLinesAndKeepsEveryByte(@TempDir Path tmp) throws IOException {
        byte[] data = ("short\n" + "é".repeat(40) + "\nx").getBytes(StandardCharsets.UTF_8);
        LineReader r = new LineReader(new java.io.ByteArrayInputStream(data));
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        List<Integer> sizes = new java.util.ArrayList<>();
        for (byte[] c; (c = r.nextChunk(8, 16)) != null; ) {
            all.write(c);
            sizes.add(c.length);
            assertThat(Utf8Check.firstInvalid(c, 0, c.length, false)).isNegative();
        }
        assertThat(all.toByteArray()).isEqualTo(data);
        assertThat(sizes.get(0)).isEqualTo(6);
        assertThat(sizes).allMatch(n -> n <= 16);
    }
}
