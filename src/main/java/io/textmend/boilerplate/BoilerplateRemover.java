package io.textmend.boilerplate;

import io.textmend.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Strips boilerplate from text: cuts it into blocks, runs the preset's filters, keeps the rest.
 * Immutable and thread-safe; build one and share it.
 */
public final class BoilerplateRemover {

    private final StripOptions options;
    private final List<BlockFilter> filters;

    public BoilerplateRemover(StripOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.filters = options.filters().stream().map(Filters::byName).toList();
    }

    public static BoilerplateRemover defaults() {
        return new BoilerplateRemover(StripOptions.defaults());
    }

    public StripOptions options() {
        return options;
    }

    /** Strips plain text, one block per non-blank line. */
    public StripResult strip(String text) {
        return strip(TextDocument.ofPlainText(Objects.requireNonNull(text, "text")));
    }

    /** Strips a document whose blocks were already cut (from HTML, say). */
    public StripResult strip(TextDocument doc) {
        Decisions d = new Decisions(doc.size());
        for (BlockFilter f : filters) {
            f.apply(doc, d);
        }
        StringBuilder out = new StringBuilder(doc.text().length());
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            Block b = doc.block(i);
            if (d.isRemoved(i)) {
                changes.add(new Change("boilerplate", d.removedBy(i), b.start(), b.end(), b.text(), "", d.reason(i)));
                continue;
            }
            String kept = b.text();
            if (d.replacement(i) != null) {
                String r = d.replacement(i);
                String filter = d.reason(i).substring(0, d.reason(i).indexOf(':'));
                changes.add(new Change("boilerplate", filter, b.start(), b.end(), b.text(), r,
                        d.reason(i).substring(filter.length() + 2)));
                kept = r;
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(kept);
        }
        if (out.length() > 0) {
            out.append('\n');
        }
        return new StripResult(out.toString(), changes, doc.size(), d.removedCount());
    }
}
