package io.textmend.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The class/id vocabulary's automaton against a plain reference (every word tested with
 * {@code contains}, every token compared), on the labels of the benchmark pages and on random labels
 * made of word pieces.
 */
class HtmlVocabularyTest {

    /** The words of {@code vocabulary.txt}, read independently of {@link Vocabulary}. */
    private static final class Reference {
        final Map<String, Integer> substrings = new HashMap<>();
        final Map<String, Integer> tokens = new HashMap<>();

        Reference() throws IOException {
            try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.txt")) {
                int bit = 0;
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String t = line.strip();
                    if (t.isEmpty() || t.startsWith("#")) {
                        continue;
                    }
                    if (t.startsWith("[")) {
                        bit = 1 << Vocabulary.Kind.valueOf(t.substring(1, t.length() - 1).toUpperCase(Locale.ROOT))
                                .ordinal();
                    } else if (t.startsWith("=")) {
                        tokens.merge(t.substring(1).toLowerCase(Locale.ROOT), bit, (a, b) -> a | b);
                    } else {
                        substrings.merge(t.toLowerCase(Locale.ROOT), bit, (a, b) -> a | b);
                    }
                }
            }
        }

        int mask(String label) {
            int bits = 0;
            for (Map.Entry<String, Integer> w : substrings.entrySet()) {
                if (label.contains(w.getKey())) {
                    bits |= w.getValue();
                }
            }
            for (String tok : label.split("[^\\p{IsLetter}\\p{IsDigit}]+")) {
                bits |= tokens.getOrDefault(tok, 0);
            }
            return bits;
        }
    }

    private static int mask(String label) {
        int m = 0;
        for (Vocabulary.Kind k : Vocabulary.Kind.values()) {
            if (Vocabulary.defaults().matches(k, label)) {
                m |= 1 << k.ordinal();
            }
        }
        return m;
    }

    @Test
    void automatonAgreesWithPlainMatchingOnBenchmarkLabels() throws IOException {
        Reference ref = new Reference();
        Set<String> labels = new LinkedHashSet<>();
        for (BenchmarkPages.Page p : BenchmarkPages.load()) {
            for (Element e : Jsoup.parse(new String(p.html(), StandardCharsets.UTF_8)).getAllElements()) {
                labels.add(Vocabulary.label(e));
            }
        }
        assertThat(labels).hasSizeGreaterThan(5000);
        int matched = 0;
        Vocabulary.Memo memo = Vocabulary.defaults().memo();
        for (String label : labels) {
            int expected = ref.mask(label);
            assertThat(mask(label)).as(label).isEqualTo(expected);
            assertThat(memo.mask(label)).as(label).isEqualTo(expected);
            matched += expected != 0 ? 1 : 0;
        }
        assertThat(matched).as("labels that match some word").isGreaterThan(500);
    }

    @Test
    void automatonAgreesWithPlainMatchingOnRandomLabels() throws IOException {
        Reference ref = new Reference();
        List<String> pieces = new ArrayList<>(ref.substrings.keySet());
        pieces.addAll(ref.tokens.keySet());
        // overlapping and cut words exercise the failure links: "commentary", "sharesocial", "navnav"
        String[] glue = {"", "", " ", "-", "_", "x", "é", "1", "Ж"};
        Random rnd = new Random(6);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(5); k >= 0; k--) {
                String w = pieces.get(rnd.nextInt(pieces.size()));
                int from = rnd.nextInt(3) == 0 ? rnd.nextInt(w.length()) : 0;
                int to = rnd.nextInt(3) == 0 ? from + rnd.nextInt(w.length() - from + 1) : w.length();
                sb.append(w, from, to).append(glue[rnd.nextInt(glue.length)]);
            }
            String label = sb.toString();
            assertThat(mask(label)).as(label).isEqualTo(ref.mask(label));
        }
    }

    @Test
    void elementMaskIsTheMaskOfItsLabel() {
        Vocabulary.Memo memo = Vocabulary.defaults().memo();
        for (Element e : Jsoup.parse("<div class='Story-Body'></div><div class='story-body' id='Comments'></div>"
                + "<p id='share'></p><span class=' nav '></span><b></b><div class='story-body'></div>")
                .body().children()) {
            assertThat(memo.mask(e)).as(e.outerHtml()).isEqualTo(memo.mask(Vocabulary.label(e)));
            assertThat(memo.weight(e)).isEqualTo(Vocabulary.defaults().weight(Vocabulary.label(e)));
        }
    }
}
