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

    @Override
    public String apply(String text, List<Change> changes) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char r = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
            if (r != c && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (r != c) {
                changes.add(new Change("hygiene", name(), i, i + 1, String.valueOf(c), String.valueOf(r)));
            }
            if (sb != null) {
                sb.append(r);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
