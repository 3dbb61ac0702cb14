package io.textmend.boilerplate;

/**
 * Removes short blocks that match a phrase list (menus, share bars, consent prompts...). A block
 * longer than {@code maxWords} (in {@link TextDocument#weight English-word units}) is never removed
 * by a phrase: real sentences may contain the words. With {@code tokenRows}, a row made only of
 * listed items ("Facebook Twitter Email", "Home | News | Sport") is removed too. A body-only filter
 * (in-body interruptions) looks only between the first and the last prose block, so that a title
 * such as "Watch: …" is not taken for a video link.
 */
final class PhraseFilter implements BlockFilter {

    private final String name;
    private final Phrases phrases;
    private final int maxWords;
    private final boolean tokenRows;
    private final boolean bodyOnly;

    PhraseFilter(String name, String category, int maxWords, boolean tokenRows, boolean bodyOnly) {
        this.name = name;
        this.phrases = Phrases.load(category);
        this.maxWords = maxWords;
        this.tokenRows = tokenRows;
        this.bodyOnly = bodyOnly;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void apply(TextDocument doc, Decisions d) {
        for (int i = 0; i < doc.size(); i++) {
            if (d.isRemoved(i) || doc.weight(i) > maxWords || bodyOnly && (i <= doc.bodyStart() || i >= doc.bodyEnd())) {
                continue;
            }
            String m = doc.match(i, phrases);
            if (m != null) {
                d.remove(i, name, "matches '" + m + "'");
            } else if (tokenRows && !doc.isProse(i) && doc.isRowOfItems(i, phrases)) {
                d.remove(i, name, "a row of " + name.replace('_', ' ') + " items");
            }
        }
    }
}
