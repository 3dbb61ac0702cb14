package io.textmend.mojibake;

import io.textmend.Change;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link MojibakeFixer#fix}: the repaired text, every change made, and the plan, the
 * names of the steps that changed something in the order they ran (replayable with
 * {@link MojibakeFixer#applyPlan}). Spans of a change are into the text that its step received.
 * Immutable and thread-safe.
 */
public record FixResult(String text, List<Change> changes, List<String> plan) {

    public FixResult {
        Objects.requireNonNull(text, "text");
        changes = List.copyOf(changes);
        plan = List.copyOf(plan);
    }

    /** True when the text was changed. */
    public boolean changed() {
        return !plan.isEmpty();
    }
}
