package io.textmend.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the test corpora are: {@code test-fixtures/corpora/<name>} in the project. */
public final class Corpora {

    public static final Path ROOT = Path.of("test-fixtures", "corpora");

    private Corpora() {
    }

    /** The folder of a corpus; fails loudly when it is missing, so no test passes vacuously. */
    public static Path path(String name) {
        Path p = ROOT.resolve(name);
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("corpus " + name + " not found at " + p.toAbsolutePath());
        }
        return p;
    }

    /** The main files of multilingual-clean ({@code <code>.txt}), sorted. */
    public static List<Path> multilingualFiles() {
        try (Stream<Path> s = Files.list(path("multilingual-clean"))) {
            return s.filter(f -> f.getFileName().toString().endsWith(".txt")
                    && !f.getFileName().toString().equals("README.md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of multilingual-clean/short, sorted. */
    public static List<Path> shortFiles() {
        try (Stream<Path> s = Files.list(path("multilingual-clean").resolve("short"))) {
            return s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
