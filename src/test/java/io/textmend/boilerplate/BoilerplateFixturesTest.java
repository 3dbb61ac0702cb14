package io.textmend.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fixture pages of {@code test-fixtures/boilerplate/pages}: real article text in the chrome of
 * fictional sites, with the article alone as expected output.
 */
class BoilerplateFixturesTest {

    static final Path PAGES = Path.of("test-fixtures", "boilerplate", "pages");
    /** Pinned floors: lowering one is a deliberate change. */
    static final double MIN_F1 = 0.97;
    static final double MIN_PRECISION = 0.95;
    static final double MIN_RECALL = 0.95;

    record Page(String id, String input, String expected) {
        String lang() {
            return id.split("-")[1].equals("zh") ? id.split("-")[1] + "-" + id.split("-")[2] : id.split("-")[1];
        }
    }

    static List<Page> pages() {
        try (Stream<Path> s = Files.list(PAGES)) {
            List<Page> out = new ArrayList<>();
            for (Path p : s.filter(f -> f.toString().endsWith(".txt") && !f.toString().endsWith(".expected.txt"))
                    .sorted().toList()) {
                String id = p.getFileName().toString().replace(".txt", "");
                out.add(new Page(id, Files.readString(p, StandardCharsets.UTF_8),
                        Files.readString(PAGES.resolve(id + ".expected.txt"), StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TokenScore score(BoilerplateRemover remover, boolean print) {
        TokenScore total = TokenScore.ZERO;
        for (Page p : pages()) {
            String got = remover.strip(p.input()).text();
            TokenScore s = TokenScore.of(TokenScore.tokens(got), TokenScore.tokens(p.expected()));
            if (print && s.f1() < 0.999) {
                System.out.printf(Locale.ROOT, "%-24s P=%.3f R=%.3f F1=%.3f%n", p.id(), s.precision(), s.recall(), s.f1());
            }
            total = total.plus(s);
        }
        return total;
    }

    @Test
    void theFixtureSetIsLargeAndVaried() {
        List<Page> pages = pages();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(40);
        assertThat(pages.stream().map(Page::lang).distinct().count()).isGreaterThanOrEqualTo(10);
        assertThat(pages.stream().map(p -> p.id().substring(p.id().lastIndexOf('-') + 1)).distinct().count())
                .isGreaterThanOrEqualTo(12);
        for (Page p : pages) {
            assertThat(p.input().length()).as(p.id()).isGreaterThan(p.expected().length());
        }
    }

    @Test
    void defaultPresetScoresAboveTheFloorOnTokens() {
        TokenScore s = score(BoilerplateRemover.defaults(), true);
        System.out.printf(Locale.ROOT, "boilerplate fixtures (default): P=%.4f R=%.4f F1=%.4f over %d pages%n",
                s.precision(), s.recall(), s.f1(), pages().size());
        assertThat(s.precision()).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(s.recall()).isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(s.f1()).isGreaterThanOrEqualTo(MIN_F1);
    }

    @Test
    void conservativeKeepsMoreAndAggressiveRemovesMore() {
        TokenScore c = score(new BoilerplateRemover(StripOptions.conservative()), false);
        TokenScore d = score(BoilerplateRemover.defaults(), false);
        TokenScore a = score(new BoilerplateRemover(StripOptions.aggressive()), false);
        for (var e : java.util.Map.of("conservative", c, "aggressive", a).entrySet()) {
            System.out.printf(Locale.ROOT, "boilerplate fixtures (%s): P=%.4f R=%.4f F1=%.4f%n", e.getKey(),
                    e.getValue().precision(), e.getValue().recall(), e.getValue().f1());
        }
        assertThat(c.recall()).isGreaterThanOrEqualTo(d.recall());
        assertThat(c.precision()).isLessThan(d.precision());
        assertThat(a.tp() + a.fp()).isLessThanOrEqualTo(d.tp() + d.fp());
    }

    @Test
    void conservativePresetNeverLosesABodyParagraph() {
        BoilerplateRemover conservative = new BoilerplateRemover(StripOptions.conservative());
        for (Page p : pages()) {
            List<String> kept = List.of(conservative.strip(p.input()).text().split("\n"));
            for (String line : p.expected().strip().split("\n")) {
                if (!line.isBlank()) {
                    assertThat(kept).as(p.id()).contains(line.strip());
                }
            }
        }
    }

    @Test
    void strippingIsIdempotentOnEveryFixtureAndPreset() {
        for (String preset : List.of("conservative", "default", "aggressive")) {
            BoilerplateRemover r = new BoilerplateRemover(StripOptions.preset(preset));
            for (Page p : pages()) {
                String once = r.strip(p.input()).text();
                assertThat(r.strip(once).text()).as(preset + " " + p.id()).isEqualTo(once);
            }
        }
    }

    @Test
    void expectedOutputIsAlreadyClean() {
        BoilerplateRemover r = BoilerplateRemover.defaults();
        TokenScore total = TokenScore.ZERO;
        for (Page p : pages()) {
            String got = r.strip(p.expected()).text();
            total = total.plus(TokenScore.of(TokenScore.tokens(got), TokenScore.tokens(p.expected())));
        }
        assertThat(total.recall()).isGreaterThanOrEqualTo(0.97);
    }
}
