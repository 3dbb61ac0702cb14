package io.textmend.mojibake;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which steps {@link MojibakeFixer} runs, as a set of step names. Use a preset and the
 * {@code with}/{@code without} copies. Immutable and thread-safe.
 *
 * @param steps the names of the enabled steps; they always run in {@link FixSteps#ORDER}
 * @param maxSegmentChars texts longer than this are repaired in segments cut at line breaks
 */
public record FixOptions(Set<String> steps, int maxSegmentChars) {

    public FixOptions {
        Objects.requireNonNull(steps, "steps");
        for (String s : steps) {
            FixSteps.byName(s); // fails fast on an unknown name
        }
        steps = Set.copyOf(steps);
        if (maxSegmentChars < 1024) {
            throw new IllegalArgumentException("maxSegmentChars must be at least 1024, was " + maxSegmentChars);
        }
    }

    /** Encoding and mojibake repair only: what {@code textmend fix} does. */
    public static FixOptions repairOnly() {
        return new FixOptions(Set.of(FixSteps.REPAIR_ENCODING, FixSteps.FIX_C1_CONTROLS), 1 << 20);
    }

    /** Repair plus the text hygiene that suits cleaned text: what {@code textmend clean} does. */
    public static FixOptions forCleaning() {
        return repairOnly().with(FixSteps.UNESCAPE_HTML).with(FixSteps.NORMALIZE_LINE_BREAKS)
                .with(FixSteps.REMOVE_CONTROL_CHARS).with(FixSteps.NFC);
    }

    public FixOptions with(String step) {
        Set<String> s = new LinkedHashSet<>(steps);
        s.add(step);
        return new FixOptions(s, maxSegmentChars);
    }

    public FixOptions without(String step) {
        Set<String> s = new LinkedHashSet<>(steps);
        s.remove(step);
        return new FixOptions(s, maxSegmentChars);
    }

    public FixOptions withMaxSegmentChars(int chars) {
        return new FixOptions(steps, chars);
    }

    public boolean has(String step) {
        return steps.contains(step);
    }

    /** The enabled steps in the order they run. */
    public List<String> orderedSteps() {
        return FixSteps.ORDER.stream().filter(steps::contains).toList();
    }
}
