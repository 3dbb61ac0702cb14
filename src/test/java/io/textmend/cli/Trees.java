package io.textmend.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test helper: a folder's files (relative path to SHA-256 of the bytes), to compare runs and prove inputs unchanged. */
final class Trees {

    private Trees() {
    }

    static Map<String, String> digests(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.put(root.relativize(p).toString(), sha256(Files.readAllBytes(p)));
                } else if (Files.isSymbolicLink(p)) {
                    out.put(root.relativize(p).toString(), "-> " + Files.readSymbolicLink(p));
                } else if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.put(root.relativize(p).toString(), "special");
                } else if (!p.equals(root)) {
                    out.put(root.relativize(p) + "/", "dir");
                }
            }
        }
        return out;
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether this process may read a file it made unreadable with chmod 000 (it runs as root). */
    static boolean chmodDoesNotProtect(Path tmp) throws IOException {
        Path f = Files.writeString(tmp.resolve("probe-" + System.nanoTime()), "x");
        f.toFile().setReadable(false, false);
        boolean readable = Files.isReadable(f);
        Files.delete(f);
        return readable;
    }

    static boolean mkfifo(Path p) {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
