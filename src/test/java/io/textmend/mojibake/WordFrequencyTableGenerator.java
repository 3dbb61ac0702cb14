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
import java.util.Set;

/**
 * Regenerates {@code src/main/resources/io/textmend/mojibake/word-frequency.txt}: per language of
 * multilingual-clean written with words between spaces, the counts of its words as
 * {@link LetterModel#token token} strings (letters and marks lower-cased; a boundary token ends a
 * word), for {@link WordModel}. The lines {@link MojibakeDamageIT} samples are left out, as for
 * the letter bigrams, so the generated suite tests the table on text it was not counted from.
 * Words seen once and one-letter words are dropped. Run from the project root:
 * {@code java -cp target/test-classes:target/classes io.textmend.mojibake.WordFrequencyTableGenerator}.
 */
public final class WordFrequencyTableGenerator {

    /** Languages written without spaces between words. */
    static final Set<String> SKIPPED = Set.of("ja", "zh-Hans", "zh-Hant", "yue", "th");

    private WordFrequencyTableGenerator() {
    }

    public static void main(String[] args) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# Word counts per language, for WordModel (lost bytes guessed a word at a time).\n")
                .append("# Counted in test-fixtures/corpora/multilingual-clean/<lang>.txt (NTREX-128, CC BY-SA 4.0),\n")
                .append("# leaving out the lines MojibakeDamageIT samples (every k-th line, k = lines / ")
                .append(MojibakeDamageIT.LINES_PER_FILE).append(").\n")
                .append("# Words are runs of LetterModel tokens (letters and marks lower-cased). '@lang total' starts a\n")
                .append("# language (total: its word count); then 'word<TAB>count', words seen at least twice;\n")
                .append("# '<c' counts the non-letter char c after a space or at the start of a line, '>c' elsewhere.\n")
                .append("# Regenerate with io.textmend.mojibake.WordFrequencyTableGenerator (test sources).\n");
        List<String> langs = new ArrayList<>();
        for (Path f : Corpora.multilingualFiles()) {
            String lang = f.getFileName().toString().replace(".txt", "");
            if (SKIPPED.contains(lang)) {
                continue;
            }
            langs.add(lang);
            List<String> lines = Corpora.lines(f);
            int step = Math.max(1, lines.size() / MojibakeDamageIT.LINES_PER_FILE);
            Map<String, Integer> counts = new HashMap<>();
            long total = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (i % step == 0) {
                    continue; // sampled by the generated suite: held out
                }
                StringBuilder w = new StringBuilder();
                String line = lines.get(i);
                for (int k = 0; k <= line.length(); k++) {
                    char t = k == line.length() ? LetterModel.BOUNDARY : LetterModel.token(line.charAt(k));
                    if (k < line.length() && line.charAt(k) >= 0x80 && (t == LetterModel.BOUNDARY
                            || t == LetterModel.SIGN)) {
                        // a sign or punctuation mark, by what stands before it: '<' a space or the
                        // start of the line, '>' anything else
                        boolean afterSpace = k == 0 || line.charAt(k - 1) == ' ';
                        counts.merge((afterSpace ? "<" : ">") + line.charAt(k), 1, Integer::sum);
                    }
                    if (t == LetterModel.BOUNDARY || t == LetterModel.SIGN) {
                        if (w.length() > 0) {
                            counts.merge(w.toString(), 1, Integer::sum);
                            total++;
                            w.setLength(0);
                        }
                    } else {
                        w.append(t);
                    }
                }
            }
            out.append('@').append(lang).append(' ').append(total).append('\n');
            counts.entrySet().stream().filter(e -> e.getValue() >= 2 && e.getKey().length() >= 2
                            && (e.getKey().charAt(0) != '<' && e.getKey().charAt(0) != '>' || e.getKey().length() == 2))
                    .sorted((a, b) -> b.getValue() - a.getValue() != 0 ? b.getValue() - a.getValue()
                            : a.getKey().compareTo(b.getKey()))
                    .forEach(e -> out.append(e.getKey()).append('\t').append(e.getValue()).append('\n'));
        }
        Path target = Path.of("src/main/resources/io/textmend/mojibake/word-frequency.txt");
        Files.writeString(target, out.toString(), StandardCharsets.UTF_8);
        System.out.println("wrote " + target + " for " + langs);
    }
}
