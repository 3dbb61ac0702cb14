package io.textmend.encoding;

/** Thrown when an input, counted after decompression, is over the size limit. */
public final class InputTooLargeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final long limit;

    public InputTooLargeException(long limit) {
        super("input over the size limit of " + limit + " bytes (--max-bytes)");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
