package io.textmend.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.textmend.TextMend;
import io.textmend.html.HtmlExtractor;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Hostile inputs grown fourfold must take at most about four times as long (a quadratic path would
 * take sixteen). Each size is timed three times and the fastest run counts, after a warm-up, and
 * a time under 50 ms counts as 50 ms, so that a busy machine does not fail the test; the bound is
 * 10x for the same reason.
 */
class LinearTimeTest {

    private static final double MAX_RATIO = 10.0;

    private static <T> void assertLinear(String what, IntFunction<T> make, int n, Consumer<T> work) {
        T small = make.apply(n);
        T large = make.apply(4 * n);
        work.accept(small); // warm-up
        long ts = best(small, work);
        long tl = best(large, work);
        double ratio = tl / (double) Math.max(ts, 50_000_000L);
        System.out.printf("linear-time %-45s n: %5d ms  4n: %5d ms  ratio %.2f%n", what, ts / 1_000_000,
                tl / 1_000_000, ratio);
        assertThat(ratio).as("%s: %d ms for n, %d ms for 4n", what, ts / 1_000_000, tl / 1_000_000)
                .isLessThan(MAX_RATIO);
    }

    private static <T> long best(T input, Consumer<T> work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            work.accept(input);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }

    private static String repeat(String unit, int totalChars) {
        return unit.repeat(Math.max(1, totalChars / unit.length()));
    }

    @Test
    void oneHugeLine() {
        assertLinear("8 MB line through clean", n -> repeat("word and more words, ", n).getBytes(StandardCharsets.UTF_8),
                1 << 21, b -> TextMend.clean(b));
    }

    @Test
    void runsOfGbkMojibakeLeadChars() {
        assertLinear("鈥 runs through fix", n -> repeat("鈥鈥鈥鈥鈥?", n), 256 << 10, TextMend::fix);
    }

    @Test
    void runsOfC1Controls() {
        StringBuilder unit = new StringBuilder();
        for (char c = 0x80; c <= 0x9F; c++) {
            unit.append(c);
        }
        String u = unit.toString();
        assertLinear("C1 runs through fix", n -> repeat(u, n), 256 << 10, TextMend::fix);
        assertLinear("C1 runs through clean", n -> repeat(u + "\n", n), 256 << 10, s -> TextMend.clean(s));
    }

    @Test
    void alternatingScripts() {
        assertLinear("alternating scripts through clean", n -> repeat("aЖ中ア한اก é\n", n), 256 << 10,
                s -> TextMend.clean(s));
        assertLinear("mojibake-like alternation through fix", n -> repeat("Ã©鈥檚Ð¿ï¼Ÿ ", n), 256 << 10, TextMend::fix);
    }

    @Test
    void deeplyNestedHtml() {
        HtmlExtractor x = HtmlExtractor.defaults();
        assertLinear("nested divs through extraction",
                n -> "<html><body>" + "<div><p>deep ".repeat(n) + "</div>".repeat(10) + "</body></html>", 25_000,
                s -> {
                    try {
                        x.extract(s, "");
                    } catch (io.textmend.html.HtmlTooDeepException e) {
                        // past the nesting limit the page is refused; the parse before that must stay linear
                    }
                });
    }

    @Test
    void manyUnclosedTagsAndEntities() {
        assertLinear("unclosed tags and entities through clean",
                n -> "<html><body>" + "<p><b><i>x &amp; y &#x2019; <span>".repeat(n) + "</body></html>", 10_000,
                s -> TextMend.clean(s));
    }
}
