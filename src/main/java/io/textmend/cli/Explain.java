package io.textmend.cli;

import io.textmend.Change;

/** Readable one-line explanations of changes, for {@code --explain}. */
final class Explain {

    private static final int MAX = 80;

    private Explain() {
    }

    static String line(String display, Change c) {
        StringBuilder sb = new StringBuilder();
        sb.append(display).append(": ").append(c.stage()).append('/').append(c.rule())
                .append(" [").append(c.start()).append(',').append(c.end()).append(") ");
        if (c.isRemoval()) {
            sb.append("removed ").append(show(c.before()));
        } else {
            sb.append(show(c.before())).append(" -> ").append(show(c.after()));
        }
        if (!c.detail().isEmpty()) {
            sb.append(" (").append(c.detail()).append(')');
        }
        return sb.toString();
    }

    private static String show(String s) {
        String t = s.replace("\n", "\\n").replace("\r", "\\r");
        return "\"" + (t.length() > MAX ? t.substring(0, MAX) + "…" : t) + "\"";
    }
}
