package io.textmend.mojibake;

import io.textmend.Change;
import java.util.List;

/** Shared loop of the steps that map single chars to other chars, recording each change. */
final class CharMapping {

    /** A char-to-char map; returns the char itself when it stays. */
    interface Map {
        char map(char c);
    }

    private CharMapping() {
    }

    /** {@code text} with every char mapped; the same instance when nothing changed. */
    static String apply(String text, List<Change> changes, String rule, Map map) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char r = map.map(c);
            if (r != c) {
                if (sb == null) {
                    sb = new StringBuilder(text.length()).append(text, 0, i);
                }
                changes.add(new Change("hygiene", rule, i, i + 1, String.valueOf(c), String.valueOf(r)));
            }
            if (sb != null) {
                sb.append(r);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
