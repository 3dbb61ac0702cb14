package io.textmend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines through the CLI: bad lines, over-limit records, order under threads, HTML fields, gzip. */
class CliJsonlIT {

    @Test
    void badAndOversizedLinesAreWrittenUnchangedAndReported(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("pages.jsonl");
        String big = "{\"text\":\"" + "x".repeat(5000) + "\"}";
        byte[] notUtf8 = {'{', '"', 'n', '"', ':', '"', (byte) 0xE9, '"', ',', '"', 't', 'e', 'x', 't', '"', ':', '"', 'o',
            'k', '"', '}'};
        StringBuilder sb = new StringBuilder();
        sb.append("{\"id\":1,\"text\":\"caf\u00c3\u00a9\"}\r\n");
        sb.append("{\"id\":2,\"text\":\"truncated\n");
        sb.append("[1,2,3]\n");
        sb.append(big).append('\n');
        sb.append("\n");
        sb.append("{\"id\":5,\"text\":42}\n");
        byte[] head = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + notUtf8.length + 1];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(notUtf8, 0, all, head.length, notUtf8.length);
        all[all.length - 1] = '\n';
        Files.write(in, all);
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("fix", "--jsonl", in.toString(), "-o", out.toString(), "--max-bytes", "4096",
                "-q");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines().toList()).containsExactly(
                "textmend: " + in + ":2: not valid JSON (Unexpected end-of-input: was expecting closing quote for a string"
                        + " value); line written unchanged",
                "textmend: " + in + ":3: not a JSON object; line written unchanged",
                "textmend: " + in + ":4: record over the size limit of 4096 bytes (--max-bytes); line written unchanged",
                "textmend: " + in + ":6: no string field 'text'; line written unchanged");
        byte[] got = Files.readAllBytes(out.resolve("pages.jsonl"));
        String expect = sb.toString().replace("caf\u00c3\u00a9", "caf\u00e9");
        byte[] e = expect.getBytes(StandardCharsets.UTF_8);
        assertThat(new String(got, 0, e.length, StandardCharsets.UTF_8)).isEqualTo(expect);
        // the line that is not UTF-8 is passed through byte for byte (its field needed no change)
        assertThat(java.util.Arrays.copyOfRange(got, e.length, got.length))
                .isEqualTo(java.util.Arrays.copyOfRange(all, head.length, all.length));
        assertThat(Files.readAllBytes(in)).isEqualTo(all);
    }

    @Test
    void recordOrderIsKeptWithManyThreads(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("many.jsonl");
        StringBuilder sb = new StringBuilder();
        StringBuilder want = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            String t = i % 3 == 0 ? "It\u00e2\u20ac\u2122s record " + i : "Plain record " + i;
            sb.append("{\"n\":").append(i).append(",\"text\":\"").append(t).append("\",\"z\":true}\n");
            want.append("{\"n\":").append(i).append(",\"text\":\"").append(t.replace("\u00e2\u20ac\u2122", "\u2019"))
                    .append("\",\"z\":true}\n");
        }
        Files.writeString(in, sb);
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("fix", "--jsonl", in.toString(), "-o", out.toString(), "--threads", "4", "-q");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("many.jsonl"))).isEqualTo(want.toString());
    }

    @Test
    void htmlFieldIsExtractedIntoTheTextFieldAndOutputCanBeGzipped(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("crawl.jsonl.gz");
        String page = CliTreeIT.ARTICLE.replace("\"", "\\\"");
        String l1 = "{\"url\":\"http://a/1\",\"html\":\"" + page + "\"}";
        String l2 = "{\"url\":\"http://a/2\",\"html\":\"" + page + "\",\"text\":null,\"k\":1}";
        String l3 = "{\"url\":\"http://a/3\",\"body\":\"no html here\"}";
        Files.write(in, CliTreeIT.gzip((l1 + "\n" + l2 + "\n" + l3 + "\n").getBytes(StandardCharsets.UTF_8)));
        Path out = tmp.resolve("out");
        CliRunner.Result r = CliRunner.run("clean", "--jsonl", "--html-field", "html", "--url-field", "url",
                in.toString(), "-o", out.toString(), "--gzip", "-q");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("textmend: " + in + ":3 (http://a/3): no string field 'html'; line written unchanged");
        String text = "This is the body of a short article, with enough words to be kept.\\n";
        String got;
        try (InputStream g = new GZIPInputStream(Files.newInputStream(out.resolve("crawl.jsonl.gz")))) {
            got = new String(g.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(got.split("\n")).containsExactly(
                l1.substring(0, l1.length() - 1) + ",\"text\":\"" + text + "\"}",
                l2.replace("\"text\":null", "\"text\":\"" + text + "\""),
                l3);
    }

    @Test
    void aLargeJsonlFileStreamsInLittleMemory(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("big.jsonl");
        String rec = "{\"id\":0,\"text\":\"" + "Ordinary words in a record that is not small at all. ".repeat(40)
                + " It\u00e2\u20ac\u2122s here.\"}\n";
        long size = 0;
        long records = 0;
        try (var w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            while (size < 150_000_000L) {
                w.write(rec);
                size += rec.length();
                records++;
            }
        }
        long fixedBytes = rec.replace("\u00e2\u20ac\u2122", "\u2019").getBytes(StandardCharsets.UTF_8).length;
        Path out = tmp.resolve("out");
        Process p = CliRunner.start(List.of("-Xmx64m"), tmp.resolve("o.txt"), tmp.resolve("e.txt"), "fix", "--jsonl",
                in.toString(), "-o", out.toString(), "-q");
        assertThat(p.waitFor()).as(Files.readString(tmp.resolve("e.txt"))).isZero();
        assertThat(Files.size(out.resolve("big.jsonl"))).isEqualTo(records * fixedBytes);
        try (var lines = Files.lines(out.resolve("big.jsonl"))) {
            assertThat(lines.allMatch(l -> l.equals(rec.strip().replace("\u00e2\u20ac\u2122", "\u2019")))).isTrue();
        }
    }
}
