package io.textmend.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark metric itself, on hand-computed cases, so the floor test cannot pass vacuously. */
class HtmlShingleMetricTest {

    @Test
    void identicalTextsScoreOne() {
        ShingleMetric.Counts c = ShingleMetric.compare("one two three four five", "one two three four five");
        assertThat(c).isEqualTo(new ShingleMetric.Counts(2, 0, 0));
        assertThat(c.f1()).isEqualTo(1.0);
    }

    @Test
    void countsShinglesAsMultisetsWithCaseKept() {
        // truth: [a b c d] [b c d e]; prediction: [a b c d] twice plus [b c d a] [c d a b] and case differs
        ShingleMetric.Counts c = ShingleMetric.compare("a b c d e", "a b c d a b c d");
        assertThat(c.tp()).isEqualTo(1);
        assertThat(c.fp()).isEqualTo(4);
        assertThat(c.fn()).isEqualTo(1);
        assertThat(ShingleMetric.compare("Alpha beta gamma delta", "alpha beta gamma delta").tp()).isZero();
    }

    @Test
    void tokensAreUnicodeWords() {
        assertThat(ShingleMetric.tokens("Привет, мир! naïve 東京 x_y")).containsExactly("Привет", "мир", "naïve",
                "東京", "x_y");
    }

    @Test
    void emptyPredictionHasZeroPrecisionAndRecall() {
        ShingleMetric.Counts c = ShingleMetric.compare("one two three four", "");
        assertThat(c.precision()).isZero();
        assertThat(c.recall()).isZero();
    }

    @Test
    void macroAveragesPagesThenTakesF1() {
        ShingleMetric.Score s = ShingleMetric.Score.of(List.of(new ShingleMetric.Counts(1, 0, 1),
                new ShingleMetric.Counts(1, 1, 0)));
        assertThat(s.precision()).isCloseTo(0.75, within(1e-9));
        assertThat(s.recall()).isCloseTo(0.75, within(1e-9));
        assertThat(s.f1()).isCloseTo(0.75, within(1e-9));
    }
}
