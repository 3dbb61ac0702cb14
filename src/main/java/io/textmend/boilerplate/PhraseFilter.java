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

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("\\s*[|•·¦/]\\s*");

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
            String m = phrases.match(doc.normalized(i));
            if (m != null) {
                d.remove(i, name, "matches '" + m + "'");
            } else if (tokenRows && !doc.isProse(i) && isRowOfItems(doc.normalized(i))) {
                d.remove(i, name, "a row of " + name.replace('_', ' ') + " items");
            }
        }
    }

    /** True when {@code s} splits (on separators, or else on spaces) into two or more listed items. */
    boolean isRowOfItems(String s) {
        int space = s.indexOf(' ');
        if (space < 0) {
            return false;
        }
        // quick rejection: the first word (or first item) must itself be listed
        int cut = space;
        for (int k = 0; k < space; k++) {
            char c = s.charAt(k);
            if (c == '|' || c == '•' || c == '·' || c == '¦' || c == '/') {
                cut = k;
                break;
            }
        }
        if (!phrases.matchesExactly(s.substring(0, cut).strip()) && s.indexOf('|') < 0 && s.indexOf('•') < 0
                && s.indexOf('·') < 0 && s.indexOf('/') < 0 && s.indexOf('¦') < 0) {
            return false;
        }
        String[] items = SEPARATORS.split(s);
        if (items.length < 2) {
            items = s.split(" ");
        }
        if (items.length < 2) {
            return false;
        }
        for (String item : items) {
            if (!phrases.matchesExactly(TextDocument.normalize(item))) {
                return false;
            }
        }
        return true;
    }
}
