package io.textmend.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The process's streams, always as UTF-8 whatever the locale: under {@code LC_ALL=C} the JDK's
 * default charset is US-ASCII and {@code System.out} would print {@code Caf? ??}.
 */
public final class Console {

    private final InputStream in;
    private final OutputStream out;
    private final Writer outWriter;
    private final Writer errWriter;
    private final boolean errIsTerminal;

    public Console(InputStream in, OutputStream out, OutputStream err, boolean errIsTerminal) {
        this.in = in;
        this.out = out;
        this.outWriter = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.errWriter = new OutputStreamWriter(err, StandardCharsets.UTF_8);
        this.errIsTerminal = errIsTerminal;
    }

    /** The real stdin, stdout and stderr, as raw file streams (not the JDK's default-charset ones). */
    public static Console system() {
        return new Console(new FileInputStream(FileDescriptor.in),
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                new FileOutputStream(FileDescriptor.err), stderrIsTerminal());
    }

    /** Whether file descriptor 2 is a terminal (Linux: /proc/self/fd/2 points at a tty). */
    static boolean stderrIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    public InputStream in() {
        return in;
    }

    /** Raw stdout for data: bytes written here are UTF-8 already. */
    public OutputStream out() {
        flushWriter(outWriter);
        return out;
    }

    Writer outWriter() {
        return outWriter;
    }

    Writer errWriter() {
        return errWriter;
    }

    public boolean errIsTerminal() {
        return errIsTerminal;
    }

    private volatile boolean barActive;

    /** Whether a progress bar is being redrawn on stderr (lines then first clear it). */
    void barActive(boolean active) {
        barActive = active;
    }

    /** One line on stderr. */
    public synchronized void error(String line) {
        try {
            if (barActive) {
                errWriter.write("\r\u001b[2K");
            }
            errWriter.write(line);
            errWriter.write('\n');
            errWriter.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void printStackTrace(Throwable t) {
        StringWriter sw = new StringWriter();
        t.printStackTrace(new PrintWriter(sw));
        try {
            errWriter.write(sw.toString());
            errWriter.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void flush() {
        flushWriter(outWriter);
        flushWriter(errWriter);
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flushWriter(Writer w) {
        try {
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
