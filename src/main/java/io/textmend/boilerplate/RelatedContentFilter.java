package io.textmend.boilerplate;

/**
 * A related-content header after the body ("Top Stories", "Most read", "相关新闻") drops the run of
 * teasers that follows it, to the end of the page, unless the article clearly resumes: a later
 * block that continues the body, which the teaser run never does.
 */
final class RelatedContentFilter implements BlockFilter {

    static final String NAME = "related_content";
    private final Phrases headers = Phrases.load("related");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(TextDocument doc, Decisions d) {
        int firstProse = doc.bodyStart();
        for (int i = firstProse + 1; i < doc.size(); i++) {
            if (doc.words(i) > 8 || !headers.matches(doc.normalized(i))) {
                continue;
            }
            String header = doc.block(i).text();
            d.remove(i, NAME, "related-content header");
            for (int j = i + 1; j < doc.size(); j++) {
                d.remove(j, NAME, "teaser under '" + header + "'");
            }
            return;
        }
    }
}
