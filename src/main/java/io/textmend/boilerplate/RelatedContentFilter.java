package io.textmend.boilerplate;

/**
 * A related-content header after the start of the body ("Top Stories", "Most read", "相关新闻")
 * drops the run of teasers that follows it, through further such headers, to the end of the page,
 * unless the article clearly resumes: a prose paragraph that shares a good part of its content
 * words with the article before the header, title included (teasers are about other stories). After
 * a box of bare headlines a fifth of the words is enough (a tenth for a long paragraph of several
 * sentences); after teasers with standfirsts, which
 * read like the article, it takes three tenths.
 */
final class RelatedContentFilter implements BlockFilter {

    static final String NAME = "related_content";
    private static final int MAX_HEADER_WORDS = 8;
    /** Blocks before the first prose block that count as the article's (title, standfirst, caption). */
    private static final int TITLE_ZONE = 6;
    private static final double RESUME_OVERLAP = 0.3;
    private static final double RESUME_AFTER_HEADLINES = 0.2;
    private static final int LONG_PARAGRAPH = 30;
    private final Phrases headers = Phrases.load("related");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(TextDocument doc, Decisions d) {
        Topic article = null;
        String header = null;
        boolean onlyHeadlines = true;
        for (int i = doc.bodyStart() + 1; i < doc.size(); i++) {
            if (isHeader(doc, i)) {
                if (article == null) {
                    article = topicBefore(doc, d, i);
                }
                if (header == null) {
                    onlyHeadlines = true;
                }
                header = doc.block(i).text();
                d.remove(i, NAME, "related-content header");
            } else if (header != null) {
                if (resumes(doc, d, i, article, onlyHeadlines ? RESUME_AFTER_HEADLINES : RESUME_OVERLAP)) {
                    header = null;
                    article.add(doc.terms(i));
                } else {
                    onlyHeadlines &= !doc.endsSentence(i);
                    d.remove(i, NAME, "teaser under '" + header + "'");
                }
            } else if (article != null && doc.isProse(i) && !d.isRemoved(i)) {
                article.add(doc.terms(i));
            }
        }
    }

    private boolean isHeader(TextDocument doc, int i) {
        return doc.weight(i) <= MAX_HEADER_WORDS && !doc.isProse(i) && doc.match(i, headers) != null;
    }

    private static Topic topicBefore(TextDocument doc, Decisions d, int end) {
        Topic t = new Topic();
        int zone = doc.bodyStart() - TITLE_ZONE;
        for (int k = Math.max(0, zone); k < end; k++) {
            if (!d.isRemoved(k) && doc.weight(k) >= 3) {
                t.add(doc.terms(k));
            }
        }
        return t;
    }

    private static boolean resumes(TextDocument doc, Decisions d, int i, Topic article, double min) {
        if (!doc.isProse(i) || d.isRemoved(i)) {
            return false;
        }
        double overlap = article.overlap(doc.terms(i));
        // a long paragraph of several sentences after a box of bare headlines is the article again,
        // even when its words are inflected or compounded differently (German, Arabic)
        boolean longParagraph = min == RESUME_AFTER_HEADLINES && doc.sentences(i) >= 2 && doc.weight(i) >= LONG_PARAGRAPH;
        return overlap >= min || longParagraph && overlap >= min / 2;
    }
}
