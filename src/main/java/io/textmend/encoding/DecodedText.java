package io.textmend.encoding;

import io.textmend.Change;
import java.util.List;
import java.util.Objects;

/**
 * Bytes turned into text, with the charset chosen, how sure the decoder is, and why.
 * Immutable and thread-safe.
 *
 * @param text       the decoded text (a BOM is not part of it)
 * @param charset    the most general name of the charset, such as {@code utf-8} or {@code gb18030}
 * @param confidence 0 to 1
 * @param source     where the decision came from
 * @param spans      spans decoded with another charset than {@code charset} (mixed files), as
 *                   changes of stage {@code encoding}; offsets are into {@code text}
 */
public record DecodedText(String text, String charset, double confidence, DecodeSource source, List<Change> spans) {

    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(source, "source");
        spans = List.copyOf(spans);
    }
}
