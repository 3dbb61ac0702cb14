package io.textmend.boilerplate;

/**
 * Runs of three or more short lines that are no sentences (a list of links, teaser headlines)
 * inside the kept text. Bullet lists of real content look the same, so this filter is for the
 * aggressive preset only.
 */
final class LinkRunFilter implements BlockFilter {

    static final String NAME = "link_run";
    private static final int MIN_RUN = 3;
    private static final int MAX_WORDS = 12;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(TextDocument doc, Decisions d) {
        int n = doc.size();
        int i = 0;
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
            if (count >= MIN_RUN) {
                for (int k = i; k < j; k++) {
                    d.remove(k, NAME, count + " short lines in a row");
                }
            }
            i = j;
        }
    }

    private static boolean isLinkLike(TextDocument doc, Decisions d, int i) {
        return !d.isRemoved(i) && !doc.isProse(i) && doc.weight(i) <= MAX_WORDS && !doc.endsSentence(i);
    }
}
