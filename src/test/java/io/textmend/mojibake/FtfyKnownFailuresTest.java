package io.textmend.mojibake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * ftfy's ten known failures, tracked: the ones textmend already gets right are pinned, so that
 * one which starts (or stops) passing is noticed and this list updated on purpose.
 */
class FtfyKnownFailuresTest {

    static final Set<String> PASSING = Set.of(
            "Two levels of inconsistent mojibake",
            "A-with-grave in Vietnamese",
            "An example with 'à' in windows-1251 where we need our heuristic to be bolder",
            "Italian UTF-8 / MacRoman mojibake that looks like math",
            "Synthetic, false positive: the title of a manga, in weird capitalized romaji, with a non-breaking space");

    @Test
    void theKnownFailuresThatPassAreExactlyThePinnedOnes() {
        Set<String> passing = new TreeSet<>();
        int known = 0;
        for (FtfyCases.Case c : FtfyCases.all()) {
            if (!c.pass()) {
                known++;
                if (MojibakeFixer.repairOnly().fixText(c.original()).equals(c.expected())) {
                    passing.add(c.label());
                }
            }
        }
        assertThat(known).isEqualTo(10);
        assertThat(passing).containsExactlyInAnyOrderElementsOf(PASSING);
    }
}
