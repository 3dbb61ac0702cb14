package io.textmend.boilerplate;

/**
 * A block repeated right after itself is kept once; a block made of the same text twice joined by
 * a space (a caption printed with its alt text) is shortened to one copy.
 */
final class RepeatedTextFilter implements BlockFilter {

    static final String NAME = "repeated_text";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(TextDocument doc, Decisions d) {
        for (int i = 0; i < doc.size(); i++) {
            String t = doc.block(i).text();
            if (i > 0 && doc.normalized(i).equals(doc.normalized(i - 1)) && !doc.normalized(i).isEmpty()) {
                d.remove(i, NAME, "repeats the block before it");
                continue;
            }
            String half = doubledHalf(t);
            if (half != null) {
                d.replace(i, NAME, half, "same text twice");
            }
        }
    }

    /** The first half when {@code t} is {@code X + " " + X} with X at least 20 chars, else null. */
    static String doubledHalf(String t) {
        int n = t.length();
        if (n < 41 || n % 2 == 0) {
            return null;
        }
        int h = n / 2;
        if (t.charAt(h) != ' ') {
            return null;
        }
        return t.regionMatches(0, t, h + 1, h) ? t.substring(0, h) : null;
    }
}
