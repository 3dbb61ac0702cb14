package io.textmend.boilerplate;

/**
 * One block of a document: a non-blank line of plain text, or a paragraph from HTML.
 * Immutable.
 *
 * @param index position among the document's blocks
 * @param text  the block's text, trimmed
 * @param start char offset of the block in the document's text
 * @param end   end offset (exclusive)
 * @param tag   the HTML tag it came from ({@code p}, {@code h1}, {@code li}...), or {@code ""} for plain text
 * @param linkDensity share of the block's chars inside links, 0 for plain text
 */
public record Block(int index, String text, int start, int end, String tag, double linkDensity) {

    public Block {
        if (text == null || tag == null) {
            throw new IllegalArgumentException("text and tag must not be null");
        }
    }

    public static Block plain(int index, String text, int start, int end) {
        return new Block(index, text, start, end, "", 0.0);
    }
}
