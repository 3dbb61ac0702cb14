package io.textmend.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.textmend.cli.Console;
import io.textmend.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * textmend's JSON code (jackson-core streaming, compiled against 2.23) runs on the Jackson that
 * Spark 4.2.0 ships, which is what it gets inside Spark: the job jar does not bundle Jackson.
 */
class JacksonTest {

    @Test
    void theTestsRunOnSparksJackson() {
        String core = com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString();
        String sparks = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
        assertEquals(sparks, core, "jackson-core must be the version of Spark's jackson-databind");
        assertEquals("2.21.2", core);
    }

    @Test
    void textmendsJsonWriterAndReaderWorkOnIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        byte[] page = TestCrawl.article("en", "A “quoted” title", TestCrawl.lines("en", 0, 5))
                .getBytes(StandardCharsets.UTF_8);
        int code = Main.run(new String[] {"clean", "--format", "json"},
                new Console(new ByteArrayInputStream(page), out, err, false));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        JsonNode n = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("A “quoted” title", n.get("title").asText());

        ByteArrayOutputStream jl = new ByteArrayOutputStream();
        String line = "{\"id\":1,\"text\":\"caf\\u00c3\\u00a9 au lait\",\"n\":[1,2]}\n";
        code = Main.run(new String[] {"clean", "--jsonl", "--field", "text"},
                new Console(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), jl, err, false));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        JsonNode j = new ObjectMapper().readTree(jl.toString(StandardCharsets.UTF_8));
        assertEquals("café au lait\n", j.get("text").asText());
        assertEquals(2, j.get("n").size());
    }
}
