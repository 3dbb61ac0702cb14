package io.textmend.sites;

import io.textmend.Change;
import java.util.List;

/**
 * The text of a page with its site's template removed, and one {@link Change} per removed line
 * (stage {@code sites}, rule {@code site_template}, span = the line's text in the input). Each
 * removed line goes with its line break. Immutable and thread-safe.
 */
public record SiteFilterResult(String text, List<Change> changes) {

    public SiteFilterResult {
        changes = List.copyOf(changes);
    }

    public boolean changed() {
        return !changes.isEmpty();
    }
}
