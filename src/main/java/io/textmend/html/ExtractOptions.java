package io.textmend.html;

/**
 * Options for {@link HtmlExtractor}. Immutable.
 *
 * @param wholePage render every visible block instead of choosing the main content
 * @param maxDepth  the deepest element nesting a page may have; a deeper page is refused with
 *                  {@link HtmlTooDeepException} (real pages stay far below the default of 512, which
 *                  is also where jsoup flattens deeper markup by default)
 */
public record ExtractOptions(boolean wholePage, int maxDepth) {

    /** The default nesting limit. */
    public static final int DEFAULT_MAX_DEPTH = 512;

    public ExtractOptions {
        if (maxDepth < 16) {
            throw new IllegalArgumentException("maxDepth must be at least 16, was " + maxDepth);
        }
    }

    public static ExtractOptions defaults() {
        return new ExtractOptions(false, DEFAULT_MAX_DEPTH);
    }

    public ExtractOptions withWholePage(boolean whole) {
        return new ExtractOptions(whole, maxDepth);
    }

    public ExtractOptions withMaxDepth(int depth) {
        return new ExtractOptions(wholePage, depth);
    }
}
