package io.textmend.boilerplate;

/**
 * Editor credits and tag lists after the start of the body: "Editing by …", "责任编辑：…",
 * "Tags: …". A tag header standing alone ("Tags", "Темы") takes the short lines under it (one
 * tag a line) with it, up to the next prose block.
 */
final class CreditsFilter implements BlockFilter {

    static final String NAME = "credits";
    private static final int MAX_WORDS = 25;
    private static final int MAX_TAG_WORDS = 5;
    private final Phrases credits = Phrases.load("credits");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(TextDocument doc, Decisions d) {
        int n = doc.size();
        for (int i = doc.bodyStart() + 1; i < n; i++) {
            if (d.isRemoved(i) || doc.weight(i) > MAX_WORDS) {
                continue;
            }
            String m = doc.match(i, credits);
            if (m == null) {
                continue;
            }
            d.remove(i, NAME, "matches '" + m + "'");
            if (doc.weight(i) <= 2) {
                for (int j = i + 1; j < n && !doc.isProse(j) && doc.weight(j) <= MAX_TAG_WORDS; j++) {
                    d.remove(j, NAME, "tag under '" + doc.block(i).text() + "'");
                }
            }
        }
    }
}
