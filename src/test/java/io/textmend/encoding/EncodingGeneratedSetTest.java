package io.textmend.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import io.textmend.testing.Corpora;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The generated set ({@link GeneratedSet}): held-out clean text saved in every legacy charset that
 * writes its language must be detected and decoded back exactly. Prints accuracy per charset.
 */
class EncodingGeneratedSetTest {

    static final double DOC_FLOOR = 0.97;
    static final double SHORT_FLOOR = 0.80;
    private static final EncodingDetector DETECTOR = EncodingDetector.defaults();

    @Test
    void heldOutDocumentsInEveryLegacyCharsetDecodeBackExactly() {
        double rate = run(false, "documents of 8 held-out lines");
        assertThat(rate).isGreaterThanOrEqualTo(DOC_FLOOR);
    }

    @Test
    void shortLinesInEveryLegacyCharsetDecodeBackExactly() {
        double rate = run(true, "short lines");
        assertThat(rate).isGreaterThanOrEqualTo(SHORT_FLOOR);
    }

    private static double run(boolean shortLines, String title) {
        Map<String, int[]> byCharset = new TreeMap<>();
        Map<String, int[]> byPair = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        int right = 0;
        int total = 0;
        long bytes = 0;
        for (Path f : Corpora.multilingualFiles()) {
            for (GeneratedSet.Case c : GeneratedSet.cases(f, shortLines)) {
                DecodedText d;
                try {
                    d = DETECTOR.decode(c.bytes());
                } catch (BinaryInputException e) {
                    d = new DecodedText("", "refused", 0, DecodeSource.DETECTED, List.of());
                }
                boolean ok = d.text().equals(c.text());
                int[] a = byCharset.computeIfAbsent(c.charset(), k -> new int[2]);
                int[] p = byPair.computeIfAbsent(c.lang() + " in " + c.charset(), k -> new int[2]);
                a[1]++;
                p[1]++;
                total++;
                bytes += c.bytes().length;
                if (ok) {
                    a[0]++;
                    p[0]++;
                    right++;
                } else if (examples.size() < 15) {
                    examples.add(c.lang() + "/" + c.charset() + " -> " + d.charset());
                }
            }
        }
        StringBuilder sb = new StringBuilder("\n| " + title + ": charset | right | total | share |\n|---|---:|---:|---:|\n");
        for (Map.Entry<String, int[]> e : byCharset.entrySet()) {
            sb.append(row(e.getKey(), e.getValue()));
        }
        sb.append(row("**all**", new int[] {right, total}));
        sb.append(String.format(Locale.ROOT, "%d inputs, %d bytes, %d language/charset pairs%n", total, bytes,
                byPair.size()));
        sb.append("weakest pairs:");
        byPair.entrySet().stream().filter(e -> e.getValue()[0] * 10 < e.getValue()[1] * 9)
                .forEach(e -> sb.append(' ').append(e.getKey()).append(' ').append(e.getValue()[0]).append('/')
                        .append(e.getValue()[1]).append(';'));
        sb.append("\nexamples: ").append(examples).append('\n');
        System.out.println(sb);
        assertThat(total).isGreaterThan(1000);
        return (double) right / total;
    }

    private static String row(String name, int[] c) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.1f %% |%n", name, c[0], c[1], 100.0 * c[0] / c[1]);
    }
}
