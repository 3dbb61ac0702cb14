package io.textmend.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a crash never leaves half of it: the bytes go to a temporary file in the
 * same folder, which is then renamed into place. When writing fails, the temporary file and the
 * folders made for it are removed again.
 *
 * <p>A batch passes a set of the folders it has already written into: a write into one of them goes
 * straight to creating its temporary file (one {@code open}, then {@code write}, {@code close},
 * {@code rename}), without checking and making the folder again.
 */
final class AtomicFiles {

    /** Temporary files start with this, so a later run can recognise and remove them. */
    static final String TEMP_PREFIX = ".textmend-tmp-";

    private static final Set<StandardOpenOption> CREATE_NEW = EnumSet.of(StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
    /** Owner read and write only, what {@link Files#createTempFile} gives a temporary file. */
    private static final FileAttribute<?>[] OWNER_ONLY = {PosixFilePermissions.asFileAttribute(
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE))};
    private static final boolean DEFAULT_IS_POSIX = FileSystems.getDefault().supportedFileAttributeViews()
            .contains("posix");

    private AtomicFiles() {
    }

    static boolean isTemp(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(TEMP_PREFIX);
    }

    /** Writes {@code bytes} to {@code target} atomically, creating parent folders. */
    static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, null);
    }

    /**
     * Writes {@code bytes} to {@code target} atomically, creating parent folders unless
     * {@code knownDirs} (may be null) holds the folder; adds the folder to it once written.
     */
    static void write(Path target, byte[] bytes, Set<Path> knownDirs) throws IOException {
        write(target, knownDirs, ch -> {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                ch.write(b);
            }
        });
    }

    /** A writer of a whole output. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    static void write(Path target, Body body) throws IOException {
        write(target, body, null);
    }

    /** {@link #write(Path, Body)} with the batch's set of folders already written into (may be null). */
    static void write(Path target, Body body, Set<Path> knownDirs) throws IOException {
        write(target, knownDirs, ch -> {
            try (OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16)) {
                body.writeTo(out);
            }
        });
    }

    private interface ChannelBody {
        void writeTo(FileChannel ch) throws IOException;
    }

    private static void write(Path target, Set<Path> knownDirs, ChannelBody body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path firstMade = dir;
        boolean made = false;
        if (knownDirs == null || !knownDirs.contains(dir)) {
            while (firstMade.getParent() != null && !Files.exists(firstMade.getParent())) {
                firstMade = firstMade.getParent();
            }
            made = !Files.exists(dir);
            Files.createDirectories(dir);
        }
        boolean ok = false;
        Path[] tmp = new Path[1];
        FileChannel ch;
        try {
            ch = createTemp(dir, tmp);
        } catch (java.nio.file.NoSuchFileException e) {
            // another thread's failed write removed the folder it thought it had made: make it again
            if (knownDirs != null) {
                knownDirs.remove(dir);
            }
            Files.createDirectories(dir);
            ch = createTemp(dir, tmp);
        }
        try {
            try (FileChannel c = ch) {
                body.writeTo(c);
            }
            try {
                Files.move(tmp[0], target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp[0], target, StandardCopyOption.REPLACE_EXISTING);
            }
            ok = true;
        } finally {
            if (!ok) {
                Files.deleteIfExists(tmp[0]);
                if (made) {
                    removeEmpty(dir, firstMade);
                }
            }
        }
        if (knownDirs != null) {
            knownDirs.add(dir); // it holds an output now, so no failed write removes it as empty
        }
    }

    /**
     * Creates a new temporary file in {@code dir}, named like {@link Files#createTempFile} names
     * them and with its permissions, in one {@code open}; its path goes to {@code path[0]}.
     */
    private static FileChannel createTemp(Path dir, Path[] path) throws IOException {
        boolean posix = dir.getFileSystem() == FileSystems.getDefault() ? DEFAULT_IS_POSIX
                : dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        for (;;) {
            Path tmp = dir.resolve(TEMP_PREFIX + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".part");
            try {
                FileChannel ch = posix ? FileChannel.open(tmp, CREATE_NEW, OWNER_ONLY) : FileChannel.open(tmp, CREATE_NEW);
                path[0] = tmp;
                return ch;
            } catch (FileAlreadyExistsException e) {
                // that name was taken: draw another
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
