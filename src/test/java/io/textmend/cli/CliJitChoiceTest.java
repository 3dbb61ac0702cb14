package io.textmend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which batches run without C2: files adding up to less than SMALL bytes. */
class CliJitChoiceTest {

    @TempDir
    Path tmp;

    Input file(String name, long size) throws IOException {
        Path p = tmp.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(size); // sparse: no disk used
        }
        return new Input(p, Path.of(name), p.toString());
    }

    @Test
    void onlyBatchesOfFilesUnderTheLimit() throws IOException {
        assertThat(JitChoice.small(List.of(file("a", 1000)))).isTrue();
        assertThat(JitChoice.small(List.of(file("b", JitChoice.SMALL - 2000), file("c", 1000)))).isTrue();
        assertThat(JitChoice.small(List.of(file("d", JitChoice.SMALL / 2), file("e", JitChoice.SMALL / 2))))
                .as("long enough for C2 to pay off").isFalse();
        assertThat(JitChoice.small(List.of(file("f", 1000), Input.stdin()))).as("stdin: unknown").isFalse();
        assertThat(JitChoice.small(List.of(file("g", 1000),
                new Input(tmp.resolve("missing"), Path.of("missing"), "missing")))).isTrue();
    }

    @Test
    void inProcessRunsLeaveTheJitAlone() {
        // Main.run called in-process (tests, embedding) never sets ownsJvm; only Main.main does
        assertThat(JitChoice.ownsJvm).isFalse();
    }
}
