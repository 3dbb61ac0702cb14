package io.textmend;

import java.util.Objects;

/**
 * One change made by a stage of textmend: the shared report vocabulary
 * {@code {stage, rule, span, before, after}}.
 *
 * <p>{@code start} and {@code end} are char offsets into the text the stage received
 * ({@code end} exclusive). For a removal, {@code after} is the empty string and {@code before}
 * is the removed block. Immutable and thread-safe.
 *
 * @param stage  the stage that made the change: {@code encoding}, {@code mojibake},
 *               {@code hygiene}, {@code boilerplate}, {@code html}, {@code sites}
 * @param rule   the stable lower_snake name of the step or filter
 * @param start  start offset of the span in the stage's input
 * @param end    end offset (exclusive) of the span in the stage's input
 * @param before the text of the span before the change
 * @param after  the text that replaced it (empty for a removal)
 * @param detail a short human-readable reason, may be empty
 */
public record Change(String stage, String rule, int start, int end, String before, String after, String detail) {

    public Change {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        detail = detail == null ? "" : detail;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }

    /** A change with no detail text. */
    public Change(String stage, String rule, int start, int end, String before, String after) {
        this(stage, rule, start, end, before, after, "");
    }

    /** True when this change removed text rather than replacing it. */
    public boolean isRemoval() {
        return after.isEmpty();
    }

    /** This change with its span moved by {@code delta} chars (used when a stage ran on a slice). */
    public Change shifted(int delta) {
        return delta == 0 ? this : new Change(stage, rule, start + delta, end + delta, before, after, detail);
    }
}
