package io.textmend;

import java.util.Locale;

/** What kind of document an input is. */
public enum InputKind {
    /** Decide from the content. */
    AUTO,
    /** Plain text, possibly with boilerplate lines. */
    TEXT,
    /** An HTML page. */
    HTML;

    /** Sniffs text: HTML when it starts like markup or has a doctype, html, head or body tag early on. */
    public static InputKind sniff(String text) {
        int n = Math.min(text.length(), 2048);
        String head = text.substring(0, n).toLowerCase(Locale.ROOT);
        String t = head.stripLeading();
        if (t.startsWith("<!doctype html") || t.startsWith("<html") || t.startsWith("<?xml") && head.contains("<html")) {
            return HTML;
        }
        if (head.contains("<html") || head.contains("<head") || head.contains("<body") || head.contains("<meta ")) {
            return HTML;
        }
        if (t.startsWith("<") && (head.contains("</p>") || head.contains("</div>"))) {
            return HTML;
        }
        return TEXT;
    }
}
