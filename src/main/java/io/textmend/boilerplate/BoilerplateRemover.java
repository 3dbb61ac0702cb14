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
    /** Rounds until nothing more is removed; ordinary pages settle in 2-3, garbage peeling off edge lines needs more. */
    private static final int MAX_ROUNDS = 64;
    /** Filters whose hits show that a text is a whole page with its chrome, not an article alone. */
    static final java.util.Set<String> CHROME_EVIDENCE = java.util.Set.of("navigation", "share_bar",
            MenuRowFilter.NAME, "consent_prompt", "interruption", FooterFilter.NAME);
    /** Filters that locate the body by shape alone; they run only on a text that showed chrome. */
    static final java.util.Set<String> NEEDS_CHROME = java.util.Set.of(LinkRunFilter.NAME, LinkRunFilter.PAIRS,
            OutsideBodyFilter.NAME);

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
     *
     * <p>The filters that find the body by the shape of the text alone ({@link #NEEDS_CHROME}: runs of
     * short lines, what lies outside the main stretch) run only once a chrome filter ({@link
     * #CHROME_EVIDENCE}) has removed something from this text: a page dump always has some (a menu, a
     * share bar, a footer), an article alone has none, and those filters would cut its lists, its
     * last lines and its headings. That also makes cleaning the output again change nothing: its
     * chrome is gone, so the shape filters stay off.
     */
    public StripResult strip(TextDocument doc) {
        List<Change> changes = new ArrayList<>();
        TextDocument current = doc;
        boolean chrome = false;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Decisions d = new Decisions(current.size());
            for (BlockFilter f : filters) {
                if (NEEDS_CHROME.contains(f.name())) {
                    chrome = chrome || hasChrome(d);
                    if (!chrome) {
                        continue;
                    }
                }
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
        String source = doc.text();
        Block prev = null;
        for (Block b : current.blocks()) {
            if (prev != null) {
                out.append(singleBreak(source, prev.end(), b.start()) ? "\n" : "\n\n");
            }
            out.append(b.text());
            prev = b;
        }
        if (out.length() > 0) {
            out.append('\n');
        }
        return new StripResult(out.toString(), changes, doc.size(), doc.size() - current.size());
    }

    /**
     * Whether two kept blocks stood on consecutive lines of the input (only white space and one line
     * break between them, so nothing was removed there): they stay on consecutive lines. Everything
     * else is joined by a blank line.
     */
    private static boolean singleBreak(String source, int end, int start) {
        if (end < 0 || start > source.length() || end >= start) {
            return false;
        }
        int breaks = 0;
        for (int i = end; i < start; i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                breaks++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return breaks == 1;
    }

    private static boolean hasChrome(Decisions d) {
        for (int i = 0; i < d.size(); i++) {
            if (d.isRemoved(i) && CHROME_EVIDENCE.contains(d.removedBy(i))) {
                return true;
            }
        }
        return false;
    }
}
