package io.textmend.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Expands the command line's paths into inputs: a file is itself; a folder is the regular files in
 * it, and with {@code -r} in its subfolders too, in a stable (sorted) order. The output folder is
 * never read as input.
 */
final class InputWalker {

    private InputWalker() {
    }

    /**
     * @param onError called with (path as given, reason) for a path that cannot be read
     */
    static List<Input> expand(List<String> paths, boolean recursive, Path outputDir, BiConsumer<String, String> onError) {
        List<Input> out = new ArrayList<>();
        Path outAbs = outputDir == null ? null : outputDir.toAbsolutePath().normalize();
        for (String p : paths) {
            if (p.equals("-")) {
                out.add(Input.stdin());
                continue;
            }
            Path path = Path.of(p);
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
                onError.accept(p, "no such file");
                continue;
            }
            if (Files.isDirectory(path)) {
                walkFolder(path, recursive, outAbs, out, onError);
            } else {
                out.add(new Input(path, path.getFileName(), p));
            }
        }
        return out;
    }

    private static void walkFolder(Path root, boolean recursive, Path outAbs, List<Input> out,
            BiConsumer<String, String> onError) {
        try (Stream<Path> s = recursive ? Files.walk(root) : Files.list(root)) {
            s.filter(f -> outAbs == null || !f.toAbsolutePath().normalize().startsWith(outAbs))
                    .filter(f -> !Files.isDirectory(f))
                    .filter(f -> !AtomicFiles.isTemp(f))
                    .sorted()
                    .forEach(f -> out.add(new Input(f, root.relativize(f), f.toString())));
        } catch (IOException | UncheckedIOException e) {
            onError.accept(root.toString(), Messages.reason(e));
        }
    }
}
