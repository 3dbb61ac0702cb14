package io.textmend.mojibake;

import io.textmend.testing.Corpora;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Regenerates {@code src/main/resources/io/textmend/mojibake/letter-bigrams.txt}: per language of
 * multilingual-clean written in a script that single-byte code pages carry (Latin, Cyrillic,
 * Greek, Hebrew, Arabic, Thai), the counts of {@link LetterModel#token token} bigrams. The lines
 * {@link MojibakeDamageIT} samples are left out, so the generated suite tests the models on text
 * they were not counted from. Bigrams seen once are dropped. Run from the project root:
 * {@code java -cp target/test-classes:target/classes io.textmend.mojibake.LetterBigramTableGenerator}.
 */
public final class LetterBigramTableGenerator {

    /** Languages of multilingual-clean in scripts no single-byte code page carries. */
    static final Set<String> SKIPPED = Set.of("ja", "ko", "zh-Hans", "zh-Hant", "yue", "hi", "hy", "ka");

    private LetterBigramTableGenerator() {
    }

    public static void main(String[] args) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# Letter-bigram counts per language, for LetterModel (legacy single-byte pages read as another).\n")
                .append("# Counted in test-fixtures/corpora/multilingual-clean/<lang>.txt (NTREX-128, CC BY-SA 4.0),\n")
                .append("# leaving out the lines MojibakeDamageIT samples (every k-th line, k = lines / ")
                .append(MojibakeDamageIT.LINES_PER_FILE).append(").\n")
                .append("# Tokens: letters and marks lower-cased, '_' a word boundary (space, digit, punctuation),\n")
                .append("# '\u00A7' any other non-ASCII sign. '@lang' starts a language; then 'ab<TAB>count',\n")
                .append("# bigrams seen at least twice, most frequent first.\n")
                .append("# Regenerate with io.textmend.mojibake.LetterBigramTableGenerator (test sources).\n");
        List<String> langs = new ArrayList<>();
        for (Path f : Corpora.multilingualFiles()) {
            String lang = f.getFileName().toString().replace(".txt", "");
            if (SKIPPED.contains(lang)) {
                continue;
            }
            langs.add(lang);
            List<String> lines = Corpora.lines(f);
            int step = Math.max(1, lines.size() / MojibakeDamageIT.LINES_PER_FILE);
            Map<String, Integer> counts = new TreeMap<>();
            for (int i = 0; i < lines.size(); i++) {
                if (i % step == 0) {
                    continue; // sampled by the generated suite: held out
                }
                char prev = LetterModel.BOUNDARY;
                String line = lines.get(i);
                for (int k = 0; k <= line.length(); k++) {
                    char t = k == line.length() ? LetterModel.BOUNDARY : LetterModel.token(line.charAt(k));
                    if (t == LetterModel.BOUNDARY && prev == LetterModel.BOUNDARY) {
                        continue;
                    }
                    counts.merge("" + prev + t, 1, Integer::sum);
                    prev = t;
                }
            }
            out.append('@').append(lang).append('\n');
            counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                    .sorted((a, b) -> b.getValue() - a.getValue() != 0 ? b.getValue() - a.getValue()
                            : a.getKey().compareTo(b.getKey()))
                    .forEach(e -> out.append(e.getKey()).append('\t').append(e.getValue()).append('\n'));
        }
        Path target = Path.of("src/main/resources/io/textmend/mojibake/letter-bigrams.txt");
        Files.writeString(target, out.toString(), StandardCharsets.UTF_8);
        System.out.println("wrote " + target + " for " + langs);
    }
}
