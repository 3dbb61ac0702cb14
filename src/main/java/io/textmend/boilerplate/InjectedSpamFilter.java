package io.textmend.boilerplate;

import java.lang.Character.UnicodeScript;

/**
 * Injected spam: short lines at the document's edges with no letter of the document's script (a
 * Chinese video-site name atop an English article), and short lines of spam vocabulary (gambling,
 * pharmacy, adult sites) outside the body.
 */
final class InjectedSpamFilter implements BlockFilter {

    static final String NAME = "injected_spam";
    private static final int EDGE = 3;
    private static final int MAX_WORDS = 12;
    private final Phrases spam = Phrases.load("spam");

    private static boolean hasLetterOf(String t, UnicodeScript script) {
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) && Scripts.of(cp) == script) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(TextDocument doc, Decisions d) {
        UnicodeScript docScript = doc.script();
        int n = doc.size();
        for (int i = 0; i < n; i++) {
            if (d.isRemoved(i) || doc.weight(i) > MAX_WORDS || doc.isProse(i)) {
                continue;
            }
            boolean edge = i < EDGE && i < doc.bodyStart() || i >= n - EDGE && i >= doc.bodyEnd();
            UnicodeScript sc = doc.script(i);
            if (edge && sc != UnicodeScript.COMMON && docScript != UnicodeScript.COMMON && sc != docScript
                    && !hasLetterOf(doc.block(i).text(), docScript)) {
                d.remove(i, NAME, "short line in " + sc + " in a " + docScript + " document");
                continue;
            }
            String m = doc.inEdgeZone(i) || doc.weight(i) <= 6 ? doc.match(i, spam) : null;
            if (m != null) {
                d.remove(i, NAME, "spam vocabulary '" + m + "'");
            }
        }
    }
}
