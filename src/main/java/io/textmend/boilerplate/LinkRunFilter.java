package io.textmend.boilerplate;

/**
 * Runs of short lines that are no sentences (a box of links or teaser headlines) between the first
 * and the last prose block. A lone subhead or a one-line quote is no run. {@code link_run} takes
 * runs of three or more; {@code link_pair}, for the aggressive preset, runs of two, which also
 * catches some bullet lists of real content.
 */
final class LinkRunFilter implements BlockFilter {

    static final String NAME = "link_run";
    static final String PAIRS = "link_pair";
    private static final int MAX_WORDS = 30;
    private final String name;
    private final int minRun;

    LinkRunFilter(String name, int minRun) {
        this.name = name;
        this.minRun = minRun;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void apply(TextDocument doc, Decisions d) {
        int n = doc.bodyEnd();
        int i = doc.bodyStart() + 1;
        while (i < n) {
            if (!isLinkLike(doc, d, i)) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && (d.isRemoved(j) || isLinkLike(doc, d, j))) {
                j++;
            }
            int count = 0;
            for (int k = i; k < j; k++) {
                count += d.isRemoved(k) ? 0 : 1;
            }
            if (count >= minRun && j < n) {
                for (int k = i; k < j; k++) {
                    d.remove(k, name, count + " short lines in a row");
                }
            }
            i = j;
        }
    }

    private static boolean isLinkLike(TextDocument doc, Decisions d, int i) {
        return !d.isRemoved(i) && !doc.isProse(i) && doc.weight(i) <= MAX_WORDS && !doc.endsSentence(i)
                && !doc.isSentence(i);
    }
}
