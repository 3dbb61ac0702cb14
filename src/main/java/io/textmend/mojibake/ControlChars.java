package io.textmend.mojibake;

import io.textmend.Change;
import java.util.List;

/**
 * Removes control characters that have no place in text: C0 controls other than tab, LF, CR and
 * form feed, C1 controls, DEL, and the invisible format characters that break words
 * (U+FEFF inside text, U+200B is kept since CJK and Thai use it as a word break).
 */
public final class ControlChars implements FixStep {

    ControlChars() {
    }

    @Override
    public String name() {
        return FixSteps.REMOVE_CONTROL_CHARS;
    }

    /** Whether the {@code remove_control_chars} step deletes this char (C1 ones may be mapped to cp1252 first). */
    public static boolean isRemovable(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r' && c != '\f';
        }
        return c == 0x7F || c >= 0x80 && c <= 0x9F || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF';
    }

    @Override
    public String apply(String text, List<Change> changes) {
        StringBuilder sb = null;
        int runStart = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean bad = i < text.length() && isRemovable(text.charAt(i));
            if (bad) {
                if (sb == null) {
                    sb = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (runStart < 0) {
                    runStart = i;
                }
                continue;
            }
            if (runStart >= 0) {
                changes.add(new Change("hygiene", name(), runStart, i, text.substring(runStart, i), "",
                        "control characters removed"));
                runStart = -1;
            }
            if (sb != null && i < text.length()) {
                sb.append(text.charAt(i));
            }
        }
        return sb == null ? text : sb.toString();
    }
}
