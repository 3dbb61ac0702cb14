package io.textmend.boilerplate;

/**
 * A row of links joined by separators: menus ("News | Sport | Weather"), breadcrumbs
 * ("Home > World > Asia"), policy link rows in footers. Every segment is a few words and the row
 * is no sentence.
 */
final class MenuRowFilter implements BlockFilter {

    static final String NAME = "menu_row";
    private static final int MAX_WORDS_PER_SEGMENT = 4;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(TextDocument doc, Decisions d) {
        for (int i = 0; i < doc.size(); i++) {
            int seps = doc.separators(i);
            if (d.isRemoved(i) || seps < 2 || doc.isProse(i)) {
                continue;
            }
            double perSegment = (double) doc.weight(i) / (seps + 1);
            if (perSegment <= MAX_WORDS_PER_SEGMENT && (doc.sentences(i) == 0 || seps >= 4)) {
                d.remove(i, NAME, seps + " separators, " + String.format(java.util.Locale.ROOT, "%.1f", perSegment)
                        + " words a segment");
            }
        }
    }
}
