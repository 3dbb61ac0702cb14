package io.textmend.sites;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A folder of site profiles, one UTF-8 JSON file a site named {@link #fileName(String)}. Files
 * are written to a temporary name and moved into place, so a reader never sees half a profile.
 * Stateless and thread-safe (concurrent writers of one site: the last move wins).
 */
public final class ProfileStore {

    /** Suffix of every profile file. */
    public static final String SUFFIX = ".site.json";

    private static final int MAX_NAME = 120;

    private ProfileStore() {
    }

    /**
     * A file name for a site key that is safe on every common file system: ASCII lower-case
     * letters, digits, {@code -} and {@code _} stay; {@code .} stays except in first place; every
     * other char (upper case included, so case-insensitive file systems cannot merge two sites)
     * becomes {@code %XX} per UTF-8 byte. Names longer than 120 chars are cut and end with a hash
     * of the key. The reader takes the site from the file's content, never from its name.
     */
    public static String fileName(String site) {
        StringBuilder b = new StringBuilder(site.length() + SUFFIX.length());
        byte[] bytes = site.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xff;
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || (c == '.' && i > 0);
            if (keep) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        if (b.length() == 0) {
            b.append("%");
        }
        if (b.length() > MAX_NAME) {
            String h = ProfileJson.hex(LineNormalizer.mix(site.hashCode() * 0x9e3779b97f4a7c15L
                    ^ LineNormalizer.hash(site)));
            b.setLength(MAX_NAME - 17);
            b.append('~').append(h);
        }
        return b.append(SUFFIX).toString();
    }

    /** Writes one profile into {@code dir} (created when missing); returns its file. */
    public static Path write(Path dir, SiteProfile profile) throws IOException {
        return write(dir, profile, SiteOptions.defaults());
    }

    /**
     * Writes one profile into {@code dir} (created when missing), its derived template section
     * under {@code options}; returns its file.
     */
    public static Path write(Path dir, SiteProfile profile, SiteOptions options) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(fileName(profile.site()));
        Path tmp = Files.createTempFile(dir, ".tmp-", SUFFIX);
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                ProfileJson.write(profile, options, w);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }

    /** Writes every profile into {@code dir}. */
    public static void writeAll(Path dir, Collection<SiteProfile> profiles) throws IOException {
        writeAll(dir, profiles, SiteOptions.defaults());
    }

    /** Writes every profile into {@code dir}, their template sections under {@code options}. */
    public static void writeAll(Path dir, Collection<SiteProfile> profiles, SiteOptions options) throws IOException {
        for (SiteProfile p : profiles) {
            write(dir, p, options);
        }
    }

    public static SiteProfile read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ProfileJson.read(r);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Every {@code *.site.json} in {@code dir}, sorted by file name. */
    public static List<SiteProfile> readAll(Path dir) throws IOException {
        List<SiteProfile> out = new ArrayList<>();
        readEach(dir, out::add);
        return out;
    }

    /** What a caller does with each profile read. */
    public interface ProfileSink {
        void accept(SiteProfile p) throws IOException;
    }

    /**
     * Reads every {@code *.site.json} in {@code dir} in file-name order, handing each to
     * {@code sink} before the next is read, so that only one full profile is in memory at a time.
     */
    public static void readEach(Path dir, ProfileSink sink) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path f : ds) {
                if (!f.getFileName().toString().startsWith(".tmp-")) {
                    files.add(f);
                }
            }
        }
        files.sort(null);
        for (Path f : files) {
            sink.accept(read(f));
        }
    }
}
