package io.textmend.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Expands the command line's paths into inputs: a file is itself; a folder is the entries in it,
 * and with {@code -r} in its subfolders too, in a stable (sorted) order. Symlinked folders are not
 * followed (reported), an unreadable folder is reported and the walk goes on, textmend's own
 * temporary files are skipped, and the output folder is never read as input. Entries that are not
 * regular files (FIFOs, dangling symlinks) become inputs that fail with a reason when processed.
 */
final class InputWalker {

    private InputWalker() {
    }

    /**
     * @param outputDirs the output folder as absolute and as real path (may be empty)
     * @param onError    called with (path as given, reason) for a path that cannot be used
     */
    static List<Input> expand(List<String> paths, boolean recursive, List<Path> outputDirs,
            BiConsumer<String, String> onError) {
        List<Input> out = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("-")) {
                out.add(Input.stdin());
                continue;
            }
            Path path = Path.of(p);
            addPath(path, p, path.getFileName() == null ? path : path.getFileName(), false, recursive, outputDirs, out,
                    onError);
        }
        return out;
    }

    /**
     * Adds one path: a file mirrored as {@code mirror}; a folder's files mirrored by their path below
     * it, under {@code mirror} itself when {@code keepFolder} (folders named in {@code --files-from}).
     */
    static void addPath(Path path, String display, Path mirror, boolean keepFolder, boolean recursive,
            List<Path> outputDirs, List<Input> out, BiConsumer<String, String> onError) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            onError.accept(display, "no such file");
            return;
        }
        if (Files.isDirectory(path)) {
            int before = out.size();
            walkFolder(path, recursive, outputDirs, out, onError);
            if (keepFolder) {
                for (int i = before; i < out.size(); i++) {
                    Input in = out.get(i);
                    out.set(i, new Input(in.path(), mirror.resolve(in.relative()), in.display()));
                }
            }
        } else {
            out.add(new Input(path, mirror, display));
        }
    }

    private static boolean inside(Path p, List<Path> dirs) {
        Path abs = p.toAbsolutePath().normalize();
        for (Path d : dirs) {
            if (abs.startsWith(d)) {
                return true;
            }
        }
        return false;
    }

    private static void walkFolder(Path root, boolean recursive, List<Path> outputDirs, List<Input> out,
            BiConsumer<String, String> onError) {
        List<Input> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (inside(dir, outputDirs) || realInside(dir, outputDirs)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return dir.equals(root) || recursive ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (AtomicFiles.isTemp(f) || inside(f, outputDirs)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink() && Files.isDirectory(f)) {
                        onError.accept(f.toString(), "symlink to a folder, not followed");
                        return FileVisitResult.CONTINUE;
                    }
                    found.add(new Input(f, root.relativize(f), f.toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    onError.accept(f.toString(), Messages.reason(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            onError.accept(root.toString(), Messages.reason(e));
        }
        found.sort((a, b) -> a.relative().toString().compareTo(b.relative().toString()));
        out.addAll(found);
    }

    private static boolean realInside(Path dir, List<Path> dirs) {
        try {
            Path real = dir.toRealPath();
            for (Path d : dirs) {
                if (real.startsWith(d)) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
