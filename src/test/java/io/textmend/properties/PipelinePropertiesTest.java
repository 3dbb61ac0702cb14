package io.textmend.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.textmend.CleanResult;
import io.textmend.TextMend;
import io.textmend.encoding.BinaryInputException;
import io.textmend.fuzz.Invariants;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties that hold for any input, checked over seeded random and corpus-derived inputs
 * (the seed is the parameter, so a failure names the input that broke it).
 */
class PipelinePropertiesTest {

    static Stream<Long> seeds() {
        return IntStream.range(0, 60).mapToObj(i -> 1_000L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void fixIsIdempotentOnHostileStrings(long seed) {
        Random r = new Random(seed);
        String in = Generators.hostileString(r, 1 + r.nextInt(400));
        String once = TextMend.fix(in);
        Invariants.checkText(once);
        assertThat(TextMend.fix(once)).as("fix(fix(x)) for seed %d", seed).isEqualTo(once);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void cleanIsIdempotentOnHostileStrings(long seed) {
        Random r = new Random(seed);
        StringBuilder page = new StringBuilder();
        int lines = 1 + r.nextInt(30);
        for (int i = 0; i < lines; i++) {
            page.append(Generators.hostileString(r, r.nextInt(120))).append(r.nextBoolean() ? "\n" : "\n\n");
        }
        String once = TextMend.clean(page.toString()).text();
        Invariants.checkText(once);
        assertThat(TextMend.clean(once).text()).as("clean(clean(x)) for seed %d", seed).isEqualTo(once);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anyByteArrayDecodesOrIsRefusedAsBinary(long seed) {
        Random r = new Random(seed);
        byte[] b = Generators.randomBytes(r, r.nextInt(3000));
        try {
            var d = TextMend.decode(b);
            Invariants.checkText(d.text());
            Invariants.checkSpans(d.spans(), d.text().length());
            CleanResult c = TextMend.clean(b);
            Invariants.checkText(c.text());
        } catch (BinaryInputException e) {
            assertThat(e.getMessage()).startsWith("binary input");
        }
    }

    @Test
    void cleanCorpusTextIsUnchangedByFix() {
        Random r = new Random(42);
        for (String line : Generators.corpusLines(r, 2000)) {
            assertThat(TextMend.fix(line)).isEqualTo(line);
        }
    }

    @Test
    void reportSpansLieInsideTheirStageInput() {
        Random r = new Random(7);
        List<String> lines = Generators.corpusLines(r, 300);
        for (String line : lines) {
            String damaged = Generators.asCp1252Mojibake(line);
            var f = TextMend.fixAndExplain(damaged);
            Invariants.checkSpans(f.changes(), damaged.length());
            var s = TextMend.stripAndExplain(damaged + "\nShare\n" + line);
            Invariants.checkSpans(s.changes(), damaged.length() + line.length() + 7);
        }
    }

    @Test
    void cleanOutputIsValidUtf8AndIdempotentOnCorpusPages() {
        Random r = new Random(99);
        for (int p = 0; p < 40; p++) {
            String page = String.join("\n", Generators.corpusLines(r, 12));
            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
            String once = TextMend.clean(bytes).text();
            Invariants.checkText(once);
            assertThat(TextMend.clean(once).text()).isEqualTo(once);
        }
    }
}
