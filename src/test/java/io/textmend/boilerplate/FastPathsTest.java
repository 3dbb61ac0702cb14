package io.textmend.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import io.textmend.testing.Corpora;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The char-array fast paths give what the String methods they replace give. */
class FastPathsTest {

    @Test
    void lowerCasingCharForCharIsStringToLowerCaseForEveryBmpChar() {
        for (int c = 0; c < 0x10000; c++) {
            char ch = (char) c;
            String ref = String.valueOf(ch).toLowerCase(Locale.ROOT);
            char[] a = {ch};
            if (Lower.inPlace(a, 1)) {
                assertThat(new String(a)).as("U+%04X", c).isEqualTo(ref);
            } else {
                assertThat(Lower.needsString(ch)).as("U+%04X falls back only when flagged", c).isTrue();
            }
            // normalize reads whitespace from the chars before lower-casing
            assertThat(Character.isWhitespace(ref.codePointAt(0))).as("U+%04X", c).isEqualTo(Character.isWhitespace(c));
            assertThat(Lower.isWhitespace(c)).as("U+%04X", c).isEqualTo(Character.isWhitespace(c));
            assertThat(Lower.isLetterOrDigit(c)).as("U+%04X", c).isEqualTo(Character.isLetterOrDigit(c));
        }
        // in context: final sigma and the dotted capital I are left to String.toLowerCase
        for (String s : List.of("ΟΔΟΣ ΚΑΙ ΣΟΦΙΑ", "İstanbul", "𝐁𝐫𝐞𝐚𝐤", "ΣΑΣ.")) {
            assertThat(new String(Lower.prefix(s, 400))).isEqualTo(s.toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void normalizeIsCollapsedLowerCaseWithEdgesTrimmed() throws Exception {
        List<String> lines = new ArrayList<>(List.of("", " ", "\u00a0", "a\u00a0 b", "a\u00a0b", " Skip\tto  content ",
                "—  Share »", "ΟΔΟΣ ΣΟΦΙΑΣ", "İSTANBUL  haber", "x\u2003y", "\u3000全文\u3000", "a\u200bb", "|·|", "😀 Share",
                "\ud800 lone", "Read more: \u00a0The council"));
        try (Stream<Path> s = Files.list(Path.of("test-fixtures", "boilerplate", "pages"))) {
            for (Path f : s.sorted().toList()) {
                lines.addAll(Files.readAllLines(f));
            }
        }
        lines.addAll(Corpora.lines(Corpora.path("multilingual-clean").resolve("tr.txt")).subList(0, 200));
        lines.addAll(Corpora.lines(Corpora.path("multilingual-clean").resolve("el.txt")).subList(0, 200));
        for (String line : lines) {
            assertThat(TextDocument.normalize(line)).as(line).isEqualTo(reference(line));
        }
    }

    /** The definition normalize had before its fast path. */
    private static String reference(String s) {
        String t = TextDocument.collapse(s.toLowerCase(Locale.ROOT));
        int a = 0;
        int b = t.length();
        while (a < b && TextDocument.isEdgePunct(t.charAt(a))) {
            a++;
        }
        while (b > a && TextDocument.isEdgePunct(t.charAt(b - 1))) {
            b--;
        }
        return t.substring(a, b);
    }
}
