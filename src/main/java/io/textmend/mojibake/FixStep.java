package io.textmend.mojibake;

import io.textmend.Change;
import java.util.List;

/**
 * One named repair or text-hygiene step. Implementations are stateless and thread-safe.
 */
public interface FixStep {

    /** The stable lower_snake name that appears in plans and reports. */
    String name();

    /**
     * Applies the step.
     *
     * @param text    the text to work on
     * @param changes where to record each change, with spans into {@code text}
     * @return the new text, or {@code text} itself (the same instance) when nothing changed
     */
    String apply(String text, List<Change> changes);
}
