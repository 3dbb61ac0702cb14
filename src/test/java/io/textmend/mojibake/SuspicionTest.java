package io.textmend.mojibake;

import static org.assertj.core.api.Assertions.assertThat;

import io.textmend.testing.Corpora;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of {@link Suspicion} give what the full automaton gives: the one-lookup pre-scan
 * never calls a text clean that the automaton would flag, {@code anySuspicious} agrees with
 * {@code scan != 0}, a range scan agrees with a scan of the substring, and the flagged decoders
 * are those that can explain a span.
 */
class SuspicionTest {

    private static List<String> samples() {
        List<String> in = new ArrayList<>();
        for (Path f : Corpora.multilingualFiles()) {
            List<String> lines = Corpora.lines(f);
            for (int i = 0; i < lines.size(); i += 7) {
                String line = lines.get(i);
                in.add(line);
                String d = Damage.utf8As(line, "windows-1252");
                if (d != null) {
                    in.add(d);
                    in.add(Damage.partial(line) == null ? d : Damage.partial(line));
                }
                String g = Damage.utf8AsJdk(line, "x-mswin-936");
                if (g != null) {
                    in.add(g);
                }
                // legacy pages read as windows-1252: what LEGACY_LINE is for
                for (String page : List.of("windows-1250", "windows-1251", "windows-1253", "windows-1257")) {
                    String l = Damage.legacy(line, page, "windows-1252");
                    if (l != null) {
                        in.add(l);
                    }
                }
            }
        }
        in.addAll(MojibakeGolden.random(20_000));
        return in;
    }

    @Test
    void preScanAgreesWithTheFullAutomaton() {
        int flagged = 0;
        for (String s : samples()) {
            int full = Suspicion.fullScan(s);
            assertThat(Suspicion.scan(s)).as("scan of %s", s).isEqualTo(full);
            assertThat(Suspicion.anySuspicious(s)).as("anySuspicious of %s", s).isEqualTo(full != 0);
            flagged += full != 0 ? 1 : 0;
        }
        assertThat(flagged).as("the samples must exercise the slow path").isGreaterThan(1000);
    }

    @Test
    void legacyLineHintSurvivesThePreScan() {
        // Polish "łódź" in windows-1250 read as windows-1252: only ³ (a hint) before a letter tells
        String line = "Miasto \u00B3adne";
        assertThat(Suspicion.fullScan(line) & Suspicion.LEGACY_LINE).isNotZero();
        assertThat(Suspicion.scan(line) & Suspicion.LEGACY_LINE).isNotZero();
        assertThat(Suspicion.anySuspicious(line)).isTrue();
        assertThat(Suspicion.LEGACY_LINE & Suspicion.C1_SEEN).as("flags must not collide").isZero();
        int legacy = 0;
        for (String s : samples()) {
            legacy += (Suspicion.scan(s) & Suspicion.LEGACY_LINE) != 0 ? 1 : 0;
        }
        assertThat(legacy).as("the samples must exercise LEGACY_LINE").isGreaterThan(100);
    }

    @Test
    void rangeScanIsTheScanOfTheSubstring() {
        String text = "clean line\nman\u9225\u6A9A best friend\nCaf\u00C3\u00A9 ok\n\u4F60\u597D\n";
        for (int a = 0; a <= text.length(); a++) {
            for (int b = a; b <= text.length(); b++) {
                assertThat(Suspicion.scan(text, a, b)).isEqualTo(Suspicion.fullScan(text.substring(a, b)));
            }
        }
    }

    @Test
    void flagsOnlyDecodersWhoseLeadIsFollowedByWhatContinuesIt() {
        // "Ã©" is windows-1252's reading of é; a C1 control elsewhere used to flag every decoder
        int mask = Suspicion.scan("Caf\u00C3\u00A9 \u0081");
        List<Codec> decoders = Suspicion.singleByteDecoders();
        assertThat(mask & Suspicion.C1_SEEN).isNotZero();
        assertThat(mask >>> Suspicion.DECODER_SHIFT & 1).as("windows-1252").isEqualTo(1);
        int flagged = Integer.bitCount(mask >>> Suspicion.DECODER_SHIFT);
        assertThat(flagged).isLessThan(decoders.size());
        assertThat(Suspicion.scan("plain ASCII only")).isZero();
        assertThat(Suspicion.scan("S\u00E3o Paulo, Rom\u00E2nia, \u4F60\u597D\u4E16\u754C")).isZero();
    }
}
