package io.textmend.html;

/**
 * Options for {@link HtmlExtractor}. Immutable; use the {@code withX} copies.
 *
 * @param wholePage render every visible block instead of choosing the main content
 */
public record ExtractOptions(boolean wholePage) {

    /** Main-content extraction. */
    public static ExtractOptions defaults() {
        return new ExtractOptions(false);
    }

    public ExtractOptions withWholePage(boolean whole) {
        return new ExtractOptions(whole);
    }
}
