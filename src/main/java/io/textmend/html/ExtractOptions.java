package io.textmend.html;

/**
 * Options for {@link HtmlExtractor}. Immutable.
 *
 * @param wholePage render every visible block instead of choosing the main content
 * @param maxDepth  nesting depth beyond which markup is flattened
 */
public record ExtractOptions(boolean wholePage, int maxDepth) {

    public static ExtractOptions defaults() {
        return new ExtractOptions(false, 512);
    }

    public ExtractOptions withWholePage(boolean whole) {
        return new ExtractOptions(whole, maxDepth);
    }
}
