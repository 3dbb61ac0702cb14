package io.textmend.cli;

import io.textmend.Change;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The {@code --report} JSON Lines writer: one record per input (per record for JSON Lines). */
final class Reporter implements AutoCloseable {

    private final Writer out;
    private final boolean closeIt;

    private Reporter(Writer out, boolean closeIt) {
        this.out = out;
        this.closeIt = closeIt;
    }

    static Reporter open(String target, Console console) throws IOException {
        if (target == null) {
            return new Reporter(null, false);
        }
        if (target.equals("-")) {
            return new Reporter(console.errWriter(), false);
        }
        Path p = Path.of(target);
        if (p.getParent() != null) {
            Files.createDirectories(p.getParent());
        }
        return new Reporter(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(p),
                StandardCharsets.UTF_8)), true);
    }

    synchronized void changes(String path, int line, List<Change> changes) {
        if (out == null) {
            return;
        }
        write(Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("path", path);
            if (line > 0) {
                g.writeNumberField("line", line);
            }
            g.writeStringField("status", "ok");
            Json.writeChanges(g, changes);
            g.writeEndObject();
        }));
    }

    /** An input left alone by --resume because its output is already complete. */
    synchronized void skipped(String path) {
        if (out == null) {
            return;
        }
        write(Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("path", path);
            g.writeStringField("status", "skipped");
            g.writeStringField("reason", "output already complete (--resume)");
            g.writeEndObject();
        }));
    }

    /** One JSON Lines record's changes, with the record's URL when known. */
    synchronized void recordChanges(String path, long line, String url, List<Change> changes) {
        if (out == null) {
            return;
        }
        write(Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("path", path);
            g.writeNumberField("line", line);
            if (url != null) {
                g.writeStringField("url", url);
            }
            g.writeStringField("status", "ok");
            Json.writeChanges(g, changes);
            g.writeEndObject();
        }));
    }

    boolean enabled() {
        return out != null;
    }

    synchronized void failure(String path, String reason) {
        if (out == null) {
            return;
        }
        write(Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("path", path);
            g.writeStringField("status", "failed");
            g.writeStringField("error", reason);
            g.writeEndObject();
        }));
    }

    private void write(String line) {
        try {
            out.write(line);
            out.write('\n');
            if (!closeIt) {
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.flush();
            if (closeIt) {
                out.close();
            }
        }
    }
}
