package io.textmend.html;

/** Thrown when a page nests elements deeper than {@link ExtractOptions#maxDepth()}. */
public final class HtmlTooDeepException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public HtmlTooDeepException(int limit) {
        super("HTML nested deeper than " + limit + " levels (--max-depth)");
    }
}
