package io.textmend.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.textmend.Cleaner;
import io.textmend.InputKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnginesTest {

    @TempDir
    Path dir;

    @Test
    void oneCleanerPerSpecIsSharedInAJvm() {
        CleanerSpec a = new CleanerSpec("aggressive", InputKind.TEXT);
        Cleaner first = Engines.cleaner(a);
        assertSame(first, Engines.cleaner(new CleanerSpec("aggressive", InputKind.TEXT)));
        assertNotSame(first, Engines.cleaner(new CleanerSpec("aggressive", InputKind.HTML)));
        assertEquals("aggressive", first.options().strip().preset());
    }

    @Test
    void theJobBuildsItsCleanerOncePerExecutorJvmNotPerRecord() throws IOException {
        Path jsonl = dir.resolve("many.jsonl");
        List<String> lines = new ArrayList<>();
        List<String> en = TestCrawl.lines("en", 300, 40);
        for (int i = 0; i < en.size(); i++) {
            lines.add(CleanJobTest.json("https://many.example/" + i, en.get(i)));
        }
        Files.write(jsonl, lines, StandardCharsets.UTF_8);
        CleanerSpec unique = new CleanerSpec("conservative", InputKind.TEXT);
        long before = Engines.built();
        JobOptions o = JobOptions.jsonl(List.of(jsonl.toString()), "text", "url", dir.resolve("out").toString())
                .withCleaner(unique);
        JobSummary s = CleanJob.run(SparkTests.session(), o);
        assertEquals(40, s.pages(), s.line());
        assertEquals(1, Engines.built() - before, "local[2] runs its tasks in this JVM: one build for 40 records");
    }

    @Test
    void theFunctionsSparkShipsAreSmallAndCarryNoEngine() throws Exception {
        assertFalse(Serializable.class.isAssignableFrom(Cleaner.class), "the engine itself is not serialisable");
        JsonlPages jsonl = new JsonlPages(CleanerSpec.defaults(), "text", "url", null);
        byte[] bytes = serialise(jsonl);
        assertTrue(bytes.length < 2_000, bytes.length + " bytes");
        assertTrue(deserialise(bytes) instanceof JsonlPages);
        WarcPages warc = new WarcPages(CleanerSpec.defaults(), 1000, HadoopConf.of(new Configuration()));
        assertTrue(deserialise(serialise(warc)) instanceof WarcPages);
        assertEquals(CleanerSpec.defaults(), deserialise(serialise(CleanerSpec.defaults())));
    }

    private static byte[] serialise(Object o) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(o);
        }
        return b.toByteArray();
    }

    private static Object deserialise(byte[] b) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b))) {
            return in.readObject();
        }
    }
}
