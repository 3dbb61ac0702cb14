package io.textmend.mojibake;

import io.textmend.Change;
import java.util.List;

/** Curly single and double quotes become straight ones. Off by default. */
final class UncurlQuotes implements FixStep {

    @Override
    public String name() {
        return FixSteps.UNCURL_QUOTES;
    }

    private static char straight(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
            default -> c;
        };
    }

    @Override
    public String apply(String text, List<Change> changes) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char r = straight(c);
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
