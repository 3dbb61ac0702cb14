package io.textmend.boilerplate;

/**
 * Removes short blocks that match a phrase list (menus, share bars, consent prompts...). A block
 * longer than {@code maxWords} is never removed by a phrase: real sentences may contain the words.
 */
final class PhraseFilter implements BlockFilter {

    private final String name;
    private final Phrases phrases;
    private final int maxWords;

    PhraseFilter(String name, String category, int maxWords) {
        this.name = name;
        this.phrases = Phrases.load(category);
        this.maxWords = maxWords;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void apply(TextDocument doc, Decisions d) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.words(i) > maxWords) {
                continue;
            }
            String m = phrases.match(doc.normalized(i));
            if (m != null) {
                d.remove(i, name, "matches '" + m + "'");
            }
        }
    }
}
