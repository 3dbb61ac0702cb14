package io.textmend;

import java.util.List;
import java.util.Objects;

/**
 * The result of cleaning one input. Changes are listed in the order the stages ran; each change's
 * span is into the text that its stage received. Immutable.
 *
 * @param text       the clean text (each paragraph its own block, one final newline; empty if nothing is left)
 * @param charset    the charset the bytes were decoded with ({@code utf-8} for String input)
 * @param confidence the decoder's confidence, 0 to 1
 * @param source     where the charset decision came from ({@code bom}, {@code given}, {@code declared},
 *                   {@code detected}; {@code string} for String input)
 * @param kind       {@link InputKind#TEXT} or {@link InputKind#HTML}
 * @param title      the page title for HTML, else empty
 * @param metadata   page metadata for HTML (byline, date, language, canonical URL), else empty strings
 * @param changes    every change made
 */
public record CleanResult(String text, String charset, double confidence, String source, InputKind kind,
        String title, PageMetadata metadata, List<Change> changes) {

    public CleanResult {
        Objects.requireNonNull(text, "text");
        changes = List.copyOf(changes);
    }

    /** Number of changes made by one stage. */
    public long count(String stage) {
        return changes.stream().filter(c -> c.stage().equals(stage)).count();
    }

    /** Byline, date, language and canonical URL of a page. */
    public record PageMetadata(String byline, String date, String language, String canonicalUrl) {
        public static final PageMetadata NONE = new PageMetadata("", "", "", "");
    }
}
