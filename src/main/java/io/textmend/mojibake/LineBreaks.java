package io.textmend.mojibake;

import io.textmend.Change;
import java.util.List;

/** CRLF and lone CR become LF. */
final class LineBreaks implements FixStep {

    @Override
    public String name() {
        return FixSteps.NORMALIZE_LINE_BREAKS;
    }

    @Override
    public String apply(String text, List<Change> changes) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                boolean crlf = i + 1 < text.length() && text.charAt(i + 1) == '\n';
                if (count++ < 1) {
                    changes.add(new Change("hygiene", name(), i, crlf ? i + 2 : i + 1, crlf ? "\r\n" : "\r", "\n",
                            "line break normalised (first of the text's CR line breaks)"));
                }
                sb.append('\n');
                if (crlf) {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
