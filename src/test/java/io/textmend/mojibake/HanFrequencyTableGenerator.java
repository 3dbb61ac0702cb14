package io.textmend.mojibake;

import io.textmend.testing.Corpora;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Regenerates {@code src/main/resources/io/textmend/mojibake/han-frequency.txt}: Han characters
 * and Hangul syllables of the Chinese, Japanese and Korean files of multilingual-clean, ranked by
 * count, those seen at least three times. Run from the project root:
 * {@code java -cp target/test-classes:target/classes io.textmend.mojibake.HanFrequencyTableGenerator}.
 */
public final class HanFrequencyTableGenerator {

    private HanFrequencyTableGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Map<Character, Integer> counts = new HashMap<>();
        for (String name : List.of("zh-Hans.txt", "zh-Hant.txt", "yue.txt", "ja.txt", "ko.txt")) {
            for (String line : Corpora.lines(Corpora.path("multilingual-clean").resolve(name))) {
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (c >= 0x4E00 && c <= 0x9FFF || c >= 0xAC00 && c <= 0xD7A3) {
                        counts.merge(c, 1, Integer::sum);
                    }
                }
            }
        }
        List<Map.Entry<Character, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.removeIf(e -> e.getValue() < 3);
        ranked.sort((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue()
                : Character.compare(a.getKey(), b.getKey()));
        StringBuilder out = new StringBuilder();
        out.append("# Han characters and Hangul syllables by frequency, most frequent first, 64 a line.\n")
                .append("# Counted in test-fixtures/corpora/multilingual-clean/{zh-Hans,zh-Hant,yue,ja,ko}.txt\n")
                .append("# (NTREX-128, CC BY-SA 4.0); characters seen fewer than 3 times are left out.\n")
                .append("# Regenerate with io.textmend.mojibake.HanFrequencyTableGenerator (test sources).\n");
        for (int i = 0; i < ranked.size(); i++) {
            out.append(ranked.get(i).getKey());
            if (i % 64 == 63) {
                out.append('\n');
            }
        }
        out.append('\n');
        Path target = Path.of("src/main/resources/io/textmend/mojibake/han-frequency.txt");
        Files.writeString(target, out.toString(), StandardCharsets.UTF_8);
    }
}
