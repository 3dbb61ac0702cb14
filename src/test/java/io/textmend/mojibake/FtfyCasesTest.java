package io.textmend.mojibake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ftfy's own test data on the encoding path ({@link FixOptions#repairOnly()}): every pass-case gives
 * its {@code fixed-encoding} (else {@code fixed}); the known failures are tracked.
 */
class FtfyCasesTest {

    static final MojibakeFixer FIXER = MojibakeFixer.repairOnly();

    static Stream<FtfyCases.Case> passCases() {
        return FtfyCases.all().stream().filter(FtfyCases.Case::pass);
    }

    @Test
    void theCorpusHasItsDocumentedCounts() {
        List<FtfyCases.Case> all = FtfyCases.all();
        assertThat(all).hasSize(161);
        assertThat(all.stream().filter(FtfyCases.Case::pass)).hasSize(151);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passCases")
    void passCaseGivesItsFixedEncoding(FtfyCases.Case c) {
        assertThat(FIXER.fixText(c.original())).as(c.label()).isEqualTo(c.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passCases")
    void passCaseIsIdempotentAndItsPlanReplays(FtfyCases.Case c) {
        FixResult r = FIXER.fix(c.original());
        assertThat(FIXER.fixText(r.text())).isEqualTo(r.text());
        assertThat(MojibakeFixer.applyPlan(c.original(), r.plan())).isEqualTo(r.text());
    }

    @Test
    void passCasesAllPassInSummary() {
        List<String> failures = new ArrayList<>();
        passCases().forEach(c -> {
            String got = FIXER.fixText(c.original());
            if (!got.equals(c.expected())) {
                failures.add(c + "\n   in:  " + c.original() + "\n   got: " + got + "\n   exp: " + c.expected());
            }
        });
        System.out.println("ftfy pass-cases: " + (151 - failures.size()) + "/151 pass");
        failures.forEach(System.out::println);
        assertThat(failures).isEmpty();
    }
}
