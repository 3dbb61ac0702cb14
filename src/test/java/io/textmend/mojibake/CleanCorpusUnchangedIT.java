package io.textmend.mojibake;

import static org.assertj.core.api.Assertions.assertThat;

import io.textmend.testing.Corpora;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Never make good text worse: every line of multilingual-clean (and short/) comes back unchanged. */
class CleanCorpusUnchangedIT {

    static final MojibakeFixer FIXER = MojibakeFixer.repairOnly();

    static Stream<Path> files() {
        return Stream.concat(Corpora.multilingualFiles().stream(), Corpora.shortFiles().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyLineComesBackUnchanged(Path file) {
        List<String> lines = Corpora.lines(file);
        assertThat(lines).isNotEmpty();
        List<String> changed = new ArrayList<>();
        for (String line : lines) {
            FixResult r = FIXER.fix(line);
            if (!r.text().equals(line)) {
                changed.add(line + "\n   -> " + r.text() + "\n   " + r.changes());
            }
        }
        assertThat(changed).as(file + ": changed lines").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void theWholeFileComesBackAsTheSameInstance(Path file) {
        String text = String.join("\n", Corpora.lines(file));
        assertThat(FIXER.fixText(text)).isSameAs(text);
    }
}
