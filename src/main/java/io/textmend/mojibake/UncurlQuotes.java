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
        return CharMapping.apply(text, changes, name(), UncurlQuotes::straight);
    }
}
