package io.textmend.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The labelled files of {@code charset-detection}: whole files and 64-byte prefixes must decode to
 * the text their label gives. Prints a table per charset family and fails below the floors.
 */
class EncodingCorpusTest {

    static final double FILE_FLOOR = 0.97;
    static final double PREFIX_FLOOR = 0.90;
    private static final EncodingDetector DETECTOR = EncodingDetector.defaults();
    private static List<LabelledCorpus.Labelled> files;

    @BeforeAll
    static void load() {
        files = LabelledCorpus.load();
    }

    @Test
    void corpusHasAllLabelledFilesAndEveryLabelDecodes() {
        assertThat(files).hasSize(158);
        assertThat(files).allSatisfy(f -> assertThat(f.text()).as(f.path().toString()).isNotNull());
    }

    @Test
    void wholeFilesDecodeToTheTextTheirLabelGives() {
        Tally t = new Tally();
        for (LabelledCorpus.Labelled f : files) {
            DecodedText d = decodeOrRecord(f.bytes());
            boolean ok = d.text().equals(f.text());
            t.add(f.family(), ok);
            if (!ok) {
                t.miss(f.lang() + "/" + f.path().getFileName() + " -> " + d.charset() + " (" + d.source().label() + ")");
            }
        }
        t.print("whole files");
        assertThat(t.rate()).as("share of files decoded right").isGreaterThanOrEqualTo(FILE_FLOOR);
    }

    @Test
    void prefixesOf64BytesDecodeToTheTextTheirLabelGives() {
        Tally t = new Tally();
        for (LabelledCorpus.Labelled f : files) {
            byte[] p = LabelledCorpus.prefix(f, 64);
            assertThat(p).as(f.path().toString()).isNotNull();
            String want = LabelledCorpus.decode(f.label(), p);
            DecodedText d = decodeOrRecord(p);
            boolean ok = d.text().equals(want);
            t.add(f.family(), ok);
            if (!ok) {
                t.miss(f.lang() + "/" + f.path().getFileName() + " -> " + d.charset());
            }
        }
        t.print("64-byte prefixes");
        assertThat(t.rate()).as("share of prefixes decoded right").isGreaterThanOrEqualTo(PREFIX_FLOOR);
    }

    /** A refusal counts as a wrong answer, with the reason as its charset. */
    static DecodedText decodeOrRecord(byte[] b) {
        try {
            return DETECTOR.decode(b);
        } catch (BinaryInputException e) {
            return new DecodedText("", e.getMessage(), 0, DecodeSource.DETECTED, List.of());
        }
    }

    /** Right and total per family. */
    static final class Tally {
        private final Map<String, int[]> byFamily = new TreeMap<>();
        private final List<String> misses = new ArrayList<>();
        private int right;
        private int total;

        void add(String family, boolean ok) {
            int[] c = byFamily.computeIfAbsent(family, k -> new int[2]);
            c[1]++;
            total++;
            if (ok) {
                c[0]++;
                right++;
            }
        }

        void miss(String what) {
            misses.add(what);
        }

        double rate() {
            return (double) right / total;
        }

        void print(String title) {
            StringBuilder sb = new StringBuilder("\n| " + title + " | right | total | share |\n|---|---:|---:|---:|\n");
            for (Map.Entry<String, int[]> e : byFamily.entrySet()) {
                sb.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %.1f %% |%n", e.getKey(),
                        e.getValue()[0], e.getValue()[1], 100.0 * e.getValue()[0] / e.getValue()[1]));
            }
            sb.append(String.format(java.util.Locale.ROOT, "| **all** | %d | %d | %.1f %% |%n", right, total,
                    100.0 * rate()));
            sb.append("misses: ").append(misses).append('\n');
            System.out.println(sb);
        }
    }
}
