package io.textmend.html;

import io.textmend.boilerplate.Block;
import java.util.List;

/**
 * What {@link HtmlExtractor} found in a page: the article's blocks and the page's metadata.
 * Fields that the page does not give are empty strings. Immutable.
 *
 * @param text      the article's blocks rendered as plain text, blocks separated by blank lines
 * @param blocks    the blocks, with offsets into {@code text}
 * @param title     the article's title
 * @param byline    author line
 * @param date      publication date as the page gives it
 * @param language  the page's declared language
 * @param canonicalUrl the canonical URL
 */
public record Extraction(String text, List<Block> blocks, String title, String byline, String date, String language,
        String canonicalUrl) {

    public Extraction {
        blocks = List.copyOf(blocks);
    }
}
