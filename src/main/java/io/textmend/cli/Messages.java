package io.textmend.cli;

import io.textmend.encoding.BinaryInputException;
import io.textmend.encoding.InputTooLargeException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** One-line reasons for failures, the same text on stderr and in reports. */
final class Messages {

    private Messages() {
    }

    /** The one-line reason of a page, record or input over {@code --max-bytes}. */
    static String overLimit(String what, long limit) {
        return what + " over the size limit of " + limit + " bytes (--max-bytes)";
    }

    static String reason(Throwable t) {
        Throwable e = t;
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            e = u.getCause();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof InputTooLargeException big) {
            return overLimit("input", big.limit());
        }
        if (e instanceof BinaryInputException) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            return m.startsWith("binary input") ? m : "binary input (" + m + ")";
        }
        if (e instanceof java.util.zip.ZipException) {
            return "corrupt gzip data (" + e.getMessage() + ")";
        }
        if (e instanceof java.io.EOFException) {
            return "truncated input (unexpected end of data)";
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory (raise -Xmx or lower --max-bytes)";
        }
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return m == null || m.isBlank() ? kind : m.replace('\n', ' ');
    }
}
