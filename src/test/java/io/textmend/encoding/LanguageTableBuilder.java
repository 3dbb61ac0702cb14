package io.textmend.encoding;

import io.textmend.testing.Corpora;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the per-language character tables under {@code src/main/resources/io/textmend/encoding/lang}
 * from the first half of each file of {@code multilingual-clean} (the second half is held out for
 * {@code EncodingGeneratedSetTest}). Run from the project root:
 * {@code java -cp target/test-classes:target/classes io.textmend.encoding.LanguageTableBuilder}.
 */
public final class LanguageTableBuilder {

    static final Path OUT = Path.of("src/main/resources/io/textmend/encoding/lang");
    /** Bigrams seen fewer times than this are left out of the tables. */
    private static final int MIN_BIGRAM = 2;
    private static final int MAX_BIGRAMS = 25000;

    private LanguageTableBuilder() {
    }

    /** The training half of a corpus file: its first half of lines. */
    static List<String> trainingLines(Path file) {
        List<String> all = Corpora.lines(file);
        return all.subList(0, all.size() / 2);
    }

    /** The held-out half of a corpus file. */
    static List<String> heldOutLines(Path file) {
        List<String> all = Corpora.lines(file);
        return all.subList(all.size() / 2, all.size());
    }

    static String languageOf(Path file) {
        String n = file.getFileName().toString();
        return n.substring(0, n.length() - ".txt".length());
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(OUT);
        List<String> codes = new ArrayList<>();
        for (Path f : Corpora.multilingualFiles()) {
            String lang = languageOf(f);
            List<String> lines = new ArrayList<>(trainingLines(f));
            // learn the spellings legacy code pages use too (see LegacySpelling)
            SingleByteCodePage cp1258 = CodePages.singleByte("windows-1258").orElseThrow();
            for (String l : trainingLines(f)) {
                String cedilla = LegacySpelling.withCedillas(l);
                if (!cedilla.equals(l)) {
                    lines.add(cedilla);
                }
                if (lang.equals("vi")) {
                    lines.add(LegacySpelling.decomposed(l, c -> c <= 0xFFFF && cp1258.encode((char) c) >= 0));
                }
            }
            write(lang, f, lines);
            codes.add(lang);
        }
        Files.writeString(OUT.resolve("languages.txt"), String.join("\n", codes) + "\n", StandardCharsets.UTF_8);
    }

    private static void write(String lang, Path source, List<String> lines) throws IOException {
        Map<Integer, Integer> uni = new HashMap<>();
        Map<Long, Integer> bi = new HashMap<>();
        long total = 0;
        for (String line : lines) {
            int prev = Tokens.SPACE;
            String s = line + "\n";
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                int t = Tokens.of(cp);
                uni.merge(t, 1, Integer::sum);
                total++;
                bi.merge(((long) prev << 32) | t, 1, Integer::sum);
                prev = t;
            }
        }
        List<Map.Entry<Long, Integer>> bigrams = new ArrayList<>(bi.entrySet());
        bigrams.removeIf(e -> e.getValue() < MIN_BIGRAM);
        bigrams.sort(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        if (bigrams.size() > MAX_BIGRAMS) {
            bigrams = bigrams.subList(0, MAX_BIGRAMS);
        }
        List<Map.Entry<Integer, Integer>> unigrams = new ArrayList<>(uni.entrySet());
        unigrams.sort(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        try (Writer w = Files.newBufferedWriter(OUT.resolve(lang + ".tsv"), StandardCharsets.UTF_8)) {
            w.write("# character counts for language " + lang + ", from the first half of the lines of "
                    + "test-fixtures/corpora/multilingual-clean/" + source.getFileName()
                    + " (NTREX-128, CC BY-SA 4.0); written by LanguageTableBuilder\n");
            w.write("total\t" + total + "\n");
            for (Map.Entry<Integer, Integer> e : unigrams) {
                w.write("u\t" + hex(e.getKey()) + "\t" + e.getValue() + "\n");
            }
            for (Map.Entry<Long, Integer> e : bigrams) {
                long k = e.getKey();
                w.write("b\t" + hex((int) (k >>> 32)) + "\t" + hex((int) k) + "\t" + e.getValue() + "\n");
            }
        }
    }

    private static String hex(int cp) {
        return Integer.toHexString(cp).toUpperCase(Locale.ROOT);
    }
}
