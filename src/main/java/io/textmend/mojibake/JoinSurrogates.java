package io.textmend.mojibake;

import io.textmend.Change;
import java.util.List;

/**
 * Lone surrogates (halves of a pair that lost its partner, as left by broken JSON escapes) cannot
 * be written as UTF-8; they become U+FFFD. Pairs written as two JSON escapes are already joined by
 * Java's strings, so only the lone halves remain to handle here.
 */
final class JoinSurrogates implements FixStep {

    @Override
    public String name() {
        return FixSteps.JOIN_SURROGATES;
    }

    @Override
    public String apply(String text, List<Change> changes) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone = false;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    if (sb != null) {
                        sb.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                lone = true;
            } else if (Character.isLowSurrogate(c)) {
                lone = true;
            }
            if (lone && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (lone) {
                changes.add(new Change("mojibake", name(), i, i + 1, String.valueOf(c), "\uFFFD", "lone surrogate"));
                sb.append('\uFFFD');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
