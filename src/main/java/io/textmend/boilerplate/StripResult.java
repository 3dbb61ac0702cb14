package io.textmend.boilerplate;

import io.textmend.Change;
import java.util.List;

/**
 * The result of {@link BoilerplateRemover#strip}: the kept text (each kept block its own
 * paragraph, one blank line between, one final newline; empty when nothing is kept), and every
 * removal or shortening as a change with its filter name. Immutable.
 */
public record StripResult(String text, List<Change> changes, int blocks, int removedBlocks) {

    public StripResult {
        changes = List.copyOf(changes);
    }
}
