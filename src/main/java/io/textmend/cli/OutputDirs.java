package io.textmend.cli;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The output folder: made and checked writable before any input is read; on {@code --resume},
 * cleared of the temporary files a killed run left (outputs appear only by rename, so a file
 * there is complete and a temporary file is not) and of the folders that held only those.
 */
final class OutputDirs {

    private OutputDirs() {
    }

    /** Makes the folder and proves it writable; returns why not, or null. */
    static String prepare(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, AtomicFiles.TEMP_PREFIX, ".probe");
            Files.delete(probe);
            return null;
        } catch (java.nio.file.AccessDeniedException e) {
            return "permission denied";
        } catch (java.nio.file.FileSystemException e) {
            return e.getReason() != null ? e.getReason().toLowerCase(java.util.Locale.ROOT) : Messages.reason(e);
        } catch (IOException | SecurityException e) {
            return Messages.reason(e);
        }
    }

    /** The folder as an absolute normalized path and as its real path. */
    static List<Path> forms(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        out.add(dir.toAbsolutePath().normalize());
        Path real = dir.toRealPath();
        if (!real.equals(out.get(0))) {
            out.add(real);
        }
        return out;
    }

    /** Removes temporary files left below the folder by an earlier, killed run. */
    static void removeTemps(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                if (AtomicFiles.isTemp(f)) {
                    Files.deleteIfExists(f);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Removes empty folders below the folder (a killed run may have made one for an output it never wrote). */
    static void pruneEmptyFolders(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (!d.equals(dir)) {
                    try {
                        Files.deleteIfExists(d);
                    } catch (DirectoryNotEmptyException notEmpty) {
                        // holds outputs
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
