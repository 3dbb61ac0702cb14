package io.textmend.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanJobCommandTest {

    @TempDir
    Path dir;

    @Test
    void aBadCommandLineExitsWith2BeforeSparkStarts() {
        assertEquals(2, CleanJobCommand.execute(new String[] {"a.warc"}), "no -o");
        assertEquals(2, CleanJobCommand.execute(new String[] {"-o", "out"}), "no inputs");
        assertEquals(2, CleanJobCommand.execute(new String[] {"-o", "out", "--html", "--text", "a.warc"}));
        assertEquals(2, CleanJobCommand.execute(new String[] {"-o", "out", "--preset", "fierce", "a.warc"}));
        assertEquals(2, CleanJobCommand.execute(new String[] {"-o", "out", "--input-format", "csv", "a.warc"}));
        assertEquals(2, CleanJobCommand.execute(new String[] {"-o", "out", "--output-format", "orc", "a.warc"}));
        assertEquals(2, CleanJobCommand.execute(new String[] {"-o", "out", "--site-templates", "--template-share",
            "0", "a.warc"}));
    }

    @Test
    void theFilesFromListSkipsBlankLinesAndComments() throws IOException {
        Path list = dir.resolve("paths.txt");
        Files.writeString(list, "# crawl of May\n/data/a.warc.gz\n\n  /data/b.warc.gz  \r\n", StandardCharsets.UTF_8);
        assertEquals(List.of("/data/a.warc.gz", "/data/b.warc.gz"),
                CleanJobCommand.readList(list.toString(), new Configuration()));
    }

    @Test
    void optionsNameTheParameterTheyReject() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JobOptions.warc(List.of(), "out"));
        assertEquals("inputs: no input paths", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JobOptions.warc(List.of("a"), "out").withMaxBytes(0));
        assertThrows(IllegalArgumentException.class, () -> new CleanerSpec("fierce", io.textmend.InputKind.AUTO));
    }
}
