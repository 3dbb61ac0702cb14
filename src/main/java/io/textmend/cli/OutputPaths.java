package io.textmend.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Where an input's output goes under the output folder; never outside it. */
final class OutputPaths {

    private OutputPaths() {
    }

    static Path resolve(Path outputDir, Input in, String fileName) throws IOException {
        return resolve(outputDir, in, fileName, null);
    }

    /**
     * {@link #resolve(Path, Input, String)} for a batch that keeps in {@code checked} (may be null)
     * the folders below DIR already found to be real folders inside it, so that the symlink check
     * (a real path per output) is done once per folder, not once per output.
     */
    static Path resolve(Path outputDir, Input in, String fileName, java.util.Set<Path> checked) throws IOException {
        Path root = outputDir.toAbsolutePath().normalize();
        Path rel = in.relative() == null ? Path.of(fileName) : in.relative();
        for (Path part : rel) {
            if (part.toString().equals("..")) {
                throw new IOException("output path " + rel + " would leave the output dir");
            }
        }
        Path parent = rel.getParent();
        Path target = (parent == null ? root : root.resolve(parent)).resolve(fileName).normalize();
        if (!target.startsWith(root)) {
            throw new IOException("output path " + rel + " would leave the output dir");
        }
        // a symlink inside DIR pointing outside it is refused
        Path folder = target.getParent();
        if (checked == null || !checked.contains(folder)) {
            Path existing = folder;
            while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            if (existing != null && Files.exists(root) && !existing.toRealPath().startsWith(root.toRealPath())) {
                throw new IOException("output path " + rel + " leads outside the output dir through a symlink");
            }
            if (checked != null && existing != null && existing.equals(folder)) {
                checked.add(folder);
            }
        }
        if (Files.isSymbolicLink(target)) {
            throw new IOException("output path " + rel + " is a symlink");
        }
        return target;
    }
}
