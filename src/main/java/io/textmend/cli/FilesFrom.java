package io.textmend.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * {@code --files-from FILE|-}: paths one a line, or NUL-separated with {@code -0} (as from
 * {@code find -print0}). Each path is mirrored under the output folder as written, relative; an
 * absolute path loses its root ({@code /data/a.html} becomes {@code DIR/data/a.html}); a path
 * with {@code ..} is refused, since its output could leave the output folder.
 */
final class FilesFrom {

    private FilesFrom() {
    }

    /** The entries of a list, raw: split on NUL or newline, a trailing CR dropped, blanks skipped. */
    static List<String> entries(InputStream in, boolean nul) throws IOException {
        List<String> out = new ArrayList<>();
        ByteArrayOutputStream cur = new ByteArrayOutputStream();
        byte sep = nul ? (byte) 0 : (byte) '\n';
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0; ) {
            for (int i = 0; i < n; i++) {
                if (buf[i] == sep) {
                    add(out, cur, nul);
                } else {
                    cur.write(buf[i]);
                }
            }
        }
        add(out, cur, nul);
        return out;
    }

    private static void add(List<String> out, ByteArrayOutputStream cur, boolean nul) {
        String s = cur.toString(StandardCharsets.UTF_8);
        cur.reset();
        if (!nul && s.endsWith("\r")) {
            s = s.substring(0, s.length() - 1);
        }
        if (!s.isEmpty() && (nul || !s.isBlank())) {
            out.add(s);
        }
    }

    /** Expands the entries into inputs. */
    static List<Input> inputs(List<String> entries, boolean recursive, List<Path> outputDirs,
            BiConsumer<String, String> onError) {
        List<Input> out = new ArrayList<>();
        for (String e : entries) {
            Path p;
            try {
                p = Path.of(e);
            } catch (java.nio.file.InvalidPathException ex) {
                onError.accept(e, "not a valid path");
                continue;
            }
            Path mirror = mirror(p);
            if (mirror == null) {
                onError.accept(e, "path contains '..'; its output could leave the output dir");
                continue;
            }
            InputWalker.addPath(p, e, mirror, true, recursive, outputDirs, out, onError);
        }
        return out;
    }

    /** Where an entry goes below the output folder, or null when it has {@code ..} in it. */
    static Path mirror(Path p) {
        for (Path part : p) {
            if (part.toString().equals("..")) {
                return null;
            }
        }
        Path rel = p.isAbsolute() ? p.getRoot().relativize(p) : p;
        rel = rel.normalize();
        return rel.toString().isEmpty() ? Path.of(".") : rel;
    }
}
