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
        // the article's terms are gathered only when a prose block after a header asks (most related
        // boxes hold none): until then the blocks whose terms it takes are only noted
        Pending article = null;
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
                    article.add(i);
                } else {
                    onlyHeadlines &= !doc.endsSentence(i);
                    d.remove(i, NAME, "teaser under '" + header + "'");
                }
            } else if (article != null && doc.isProse(i) && !d.isRemoved(i)) {
                article.add(i);
            }
        }
    }

    private boolean isHeader(TextDocument doc, int i) {
        return doc.weight(i) <= MAX_HEADER_WORDS && !doc.isProse(i) && doc.match(i, headers) != null;
    }

    private static Pending topicBefore(TextDocument doc, Decisions d, int end) {
        Pending t = new Pending(doc);
        int zone = doc.bodyStart() - TITLE_ZONE;
        for (int k = Math.max(0, zone); k < end; k++) {
            if (!d.isRemoved(k) && doc.weight(k) >= 3) {
                t.add(k);
            }
        }
        return t;
    }

    private static boolean resumes(TextDocument doc, Decisions d, int i, Pending article, double min) {
        if (!doc.isProse(i) || d.isRemoved(i)) {
            return false;
        }
        double overlap = article.topic().overlap(doc.terms(i));
        // a long paragraph of several sentences after a box of bare headlines is the article again,
        // even when its words are inflected or compounded differently (German, Arabic)
        boolean longParagraph = min == RESUME_AFTER_HEADLINES && doc.sentences(i) >= 2 && doc.weight(i) >= LONG_PARAGRAPH;
        return overlap >= min || longParagraph && overlap >= min / 2;
    }

    /**
     * The article's topic, built on first use from the blocks noted so far: a block's terms depend
     * on the block alone, so adding them late gives the same set.
     */
    private static final class Pending {

        private final TextDocument doc;
        private final Topic topic = new Topic();
        private int[] blocks = new int[16];
        private int size;

        Pending(TextDocument doc) {
            this.doc = doc;
        }

        void add(int block) {
            if (size == blocks.length) {
                blocks = java.util.Arrays.copyOf(blocks, size * 2);
            }
            blocks[size++] = block;
        }

        Topic topic() {
            for (int k = 0; k < size; k++) {
                topic.add(doc.terms(blocks[k]));
            }
            size = 0;
            return topic;
        }
    }
}
