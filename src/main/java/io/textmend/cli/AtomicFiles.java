package io.textmend.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that a crash never leaves half of it: the bytes go to a temporary file in the
 * same folder, which is then renamed into place. When writing fails, the temporary file and the
 * folders made for it are removed again.
 */
final class AtomicFiles {

    /** Temporary files start with this, so a later run can recognise and remove them. */
    static final String TEMP_PREFIX = ".textmend-tmp-";

    private AtomicFiles() {
    }

    static boolean isTemp(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(TEMP_PREFIX);
    }

    /** Writes {@code bytes} to {@code target} atomically, creating parent folders. */
    static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** A writer of a whole output. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    static void write(Path target, Body body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path firstMade = dir;
        while (firstMade.getParent() != null && !Files.exists(firstMade.getParent())) {
            firstMade = firstMade.getParent();
        }
        boolean made = !Files.exists(dir);
        Files.createDirectories(dir);
        boolean ok = false;
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, TEMP_PREFIX, ".part");
        } catch (java.nio.file.NoSuchFileException e) {
            // another thread's failed write removed the folder it thought it had made: make it again
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, TEMP_PREFIX, ".part");
        }
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            ok = true;
        } finally {
            Files.deleteIfExists(tmp);
            if (!ok && made) {
                removeEmpty(dir, firstMade);
            }
        }
    }

    private static void removeEmpty(Path from, Path upTo) {
        for (Path d = from; d != null; d = d.getParent()) {
            try {
                Files.deleteIfExists(d);
            } catch (DirectoryNotEmptyException e) {
                return;
            } catch (IOException e) {
                return;
            }
            if (d.equals(upTo)) {
                return;
            }
        }
    }
}
