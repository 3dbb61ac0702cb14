package io.textmend.mojibake;

import io.textmend.Change;
import java.util.List;

/**
 * Full-width ASCII forms (U+FF01 to U+FF5E) and the ideographic space become ASCII. Off by
 * default: it turns CJK punctuation such as {@code ，} and {@code ！} into ASCII.
 */
final class FullwidthToAscii implements FixStep {

    @Override
    public String name() {
        return FixSteps.FULLWIDTH_TO_ASCII;
    }

    private static char ascii(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
    }

    @Override
    public String apply(String text, List<Change> changes) {
        return CharMapping.apply(text, changes, name(), FullwidthToAscii::ascii);
    }
}
