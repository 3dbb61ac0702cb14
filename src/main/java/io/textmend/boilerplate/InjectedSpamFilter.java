package io.textmend.boilerplate;

import java.lang.Character.UnicodeScript;

/**
 * Injected spam: short lines at the document's edges in a script foreign to the document (a
 * Chinese video-site name atop an English article), and short lines of spam vocabulary.
 */
final class InjectedSpamFilter implements BlockFilter {

    static final String NAME = "injected_spam";
    private static final int EDGE = 3;
    private final Phrases spam = Phrases.load("spam");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(TextDocument doc, Decisions d) {
        UnicodeScript docScript = doc.script();
        for (int i = 0; i < doc.size(); i++) {
            boolean edge = i < EDGE || i >= doc.size() - EDGE;
            String t = doc.block(i).text();
            if (edge && doc.words(i) <= 12 && i < doc.bodyStart() || edge && i >= doc.bodyEnd()) {
                UnicodeScript sc = Scripts.fold(Scripts.dominant(t));
                if (sc != UnicodeScript.COMMON && sc != docScript && doc.words(i) <= 12) {
                    d.remove(i, NAME, "short line in " + sc + " in a " + docScript + " document");
                    continue;
                }
            }
            if (doc.words(i) <= 12 && spam.matches(doc.normalized(i))) {
                d.remove(i, NAME, "spam vocabulary");
            }
        }
    }
}
