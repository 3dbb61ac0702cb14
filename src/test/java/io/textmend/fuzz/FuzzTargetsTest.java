package io.textmend.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.textmend.CleanResult;
import io.textmend.TextMend;
import io.textmend.encoding.BinaryInputException;
import io.textmend.encoding.DecodedText;
import io.textmend.html.HtmlExtractor;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets for every stage. In {@code mvn verify} they run in regression mode over the
 * committed seeds under {@code src/test/resources/io/textmend/fuzz/FuzzTargetsTestInputs/<target>/};
 * with {@code JAZZER_FUZZ=1} one of them fuzzes (see README, "Robustness"). A crash found by
 * fuzzing is written into that folder and so becomes a regression input.
 */
class FuzzTargetsTest {

    @FuzzTest(maxDuration = "10m")
    void decode(byte[] data) {
        DecodedText d;
        try {
            d = TextMend.decode(data);
        } catch (BinaryInputException e) {
            assertThat(e.getMessage()).startsWith("binary input");
            return;
        }
        Invariants.checkText(d.text());
        assertThat(d.confidence()).isBetween(0.0, 1.0);
        Invariants.checkSpans(d.spans(), d.text().length());
    }

    @FuzzTest(maxDuration = "10m")
    void fix(byte[] data) {
        String in = new String(data, StandardCharsets.UTF_8);
        var r = TextMend.fixAndExplain(in);
        Invariants.checkText(r.text());
        assertThat(TextMend.fix(r.text())).isEqualTo(r.text());
        for (var c : r.changes()) {
            assertThat(c.start()).isBetween(0, c.end());
        }
    }

    @FuzzTest(maxDuration = "10m")
    void strip(byte[] data) {
        String in = new String(data, StandardCharsets.UTF_8);
        var r = TextMend.stripAndExplain(in);
        Invariants.checkText(r.text());
        assertThat(TextMend.strip(r.text())).isEqualTo(r.text());
        Invariants.checkSpans(r.changes(), in.length());
    }

    @FuzzTest(maxDuration = "10m")
    void html(byte[] data) {
        String in = new String(data, StandardCharsets.UTF_8);
        io.textmend.html.Extraction x;
        try {
            x = HtmlExtractor.defaults().extract(in, "");
        } catch (io.textmend.html.HtmlTooDeepException e) {
            return; // a limit, reported as such
        }
        Invariants.checkText(x.text());
        for (var b : x.blocks()) {
            assertThat(b.end()).isLessThanOrEqualTo(x.text().length());
        }
    }

    @FuzzTest(maxDuration = "10m")
    void clean(byte[] data) {
        CleanResult r;
        try {
            r = TextMend.clean(data);
        } catch (BinaryInputException | io.textmend.html.HtmlTooDeepException e) {
            return;
        }
        Invariants.checkText(r.text());
        assertThat(TextMend.clean(r.text()).text()).isEqualTo(r.text());
    }
}
