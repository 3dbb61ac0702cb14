package io.textmend.encoding;

/** Thrown when the input is not text (NUL bytes, an image, an archive) and will not be decoded. */
public final class BinaryInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public BinaryInputException(String message) {
        super(message);
    }
}
