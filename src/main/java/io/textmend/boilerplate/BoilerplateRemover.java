package io.textmend.boilerplate;

import io.textmend.Change;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Strips boilerplate from text: cuts it into blocks, runs the preset's filters, keeps the rest.
 * Immutable and thread-safe; build one and share it.
 */
public final class BoilerplateRemover {

    private static final String STAGE = "boilerplate";
    private static final int MAX_ROUNDS = 4;

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

    /**
     * Strips a document whose blocks were already cut (from HTML, say). The filters run again over
     * the kept blocks until they remove nothing more (a removal can put two copies side by side, or
     * bring a line to the document's edge), so stripping the result again changes nothing.
     */
    public StripResult strip(TextDocument doc) {
        List<Change> changes = new ArrayList<>();
        TextDocument current = doc;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Decisions d = new Decisions(current.size());
            for (BlockFilter f : filters) {
                f.apply(current, d);
            }
            List<Integer> kept = new ArrayList<>(current.size());
            Map<Integer, String> replaced = new HashMap<>();
            for (int i = 0; i < current.size(); i++) {
                Block b = current.block(i);
                if (d.isRemoved(i)) {
                    changes.add(new Change(STAGE, d.removedBy(i), b.start(), b.end(), b.text(), "", d.reason(i)));
                    continue;
                }
                String r = d.replacement(i);
                if (r != null) {
                    String reason = d.reason(i);
                    String filter = reason.substring(0, reason.indexOf(':'));
                    changes.add(new Change(STAGE, filter, b.start(), b.end(), b.text(), r,
                            reason.substring(filter.length() + 2)));
                    replaced.put(i, r);
                }
                kept.add(i);
            }
            if (kept.size() == current.size() && replaced.isEmpty()) {
                break;
            }
            current = current.subset(kept, replaced);
        }
        changes.sort(java.util.Comparator.comparingInt(Change::start));
        StringBuilder out = new StringBuilder(doc.text().length() / 2);
        for (Block b : current.blocks()) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(b.text());
        }
        if (out.length() > 0) {
            out.append('\n');
        }
        return new StripResult(out.toString(), changes, doc.size(), doc.size() - current.size());
    }
}
