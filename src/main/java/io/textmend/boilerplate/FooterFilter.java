package io.textmend.boilerplate;

/**
 * Footers: short policy and contact links anywhere ("Privacy policy", "Impressum", "联系我们"),
 * and copyright or licence lines ("© 2019 …", "All rights reserved", ICP licence numbers). A
 * copyright line after the last prose block, or with little prose after it, starts the footer: it
 * and everything after it go.
 */
final class FooterFilter implements BlockFilter {

    static final String NAME = "footer";
    private static final int MAX_WORDS = 25;
    private final Phrases links = Phrases.load("footer");
    private final Phrases copyright = Phrases.load("copyright");

    /**
     * True when a copyright line of three words or more has little prose after it (a legal note, an
     * address) against the article before it: the footer starts here. A photo credit ("© AFP")
     * inside the article does not.
     */
    private static boolean startsFooter(TextDocument doc, int i) {
        if (doc.words(i) < 3 || i <= doc.bodyStart()) {
            return false;
        }
        long before = 0;
        long after = 0;
        for (int k = 0; k < doc.size(); k++) {
            if (doc.isProse(k)) {
                if (k < i) {
                    before += doc.weight(k);
                } else {
                    after += doc.weight(k);
                }
            }
        }
        return after * 4 < before;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(TextDocument doc, Decisions d) {
        int n = doc.size();
        for (int i = 0; i < n; i++) {
            if (doc.weight(i) > MAX_WORDS) {
                continue;
            }
            String c = doc.match(i, copyright);
            if (c != null) {
                d.remove(i, NAME, "copyright line '" + c + "'");
                if (i >= doc.bodyEnd() || startsFooter(doc, i)) {
                    for (int j = i + 1; j < n; j++) {
                        d.remove(j, NAME, "below the copyright line");
                    }
                    return;
                }
                continue;
            }
            if (!d.isRemoved(i) && !doc.isProse(i)) {
                String m = doc.match(i, links);
                if (m != null) {
                    d.remove(i, NAME, "matches '" + m + "'");
                }
            }
        }
    }
}
