package io.textmend.boilerplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A phrase list of one category, across every language textmend ships, read once from
 * {@code io/textmend/boilerplate/<lang>/<category>.txt}. A line is a phrase matched against a
 * whole normalised block; {@code phrase*} matches blocks that start with it, {@code *phrase} blocks
 * that end with it. Immutable and thread-safe.
 */
public final class Phrases {

    private static final String ROOT = "/io/textmend/boilerplate/";

    private final Set<String> exact;
    private final List<String> prefixes;
    private final List<String> suffixes;

    private Phrases(Set<String> exact, List<String> prefixes, List<String> suffixes) {
        this.exact = Set.copyOf(exact);
        this.prefixes = List.copyOf(prefixes);
        this.suffixes = List.copyOf(suffixes);
    }

    /** The list of a category, merged over all languages in {@code languages.txt}. */
    public static Phrases load(String category) {
        Set<String> exact = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        List<String> suffixes = new ArrayList<>();
        for (String lang : lines(ROOT + "languages.txt", true)) {
            for (String raw : lines(ROOT + lang + "/" + category + ".txt", false)) {
                if (raw.endsWith("*")) {
                    prefixes.add(TextDocument.normalize(raw.substring(0, raw.length() - 1)));
                } else if (raw.startsWith("*")) {
                    suffixes.add(TextDocument.normalize(raw.substring(1)));
                } else {
                    exact.add(TextDocument.normalize(raw));
                }
            }
        }
        return new Phrases(exact, prefixes, suffixes);
    }

    private static List<String> lines(String resource, boolean required) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Phrases.class.getResourceAsStream(resource)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** True when the normalised block is, starts with or ends with a phrase of this list. */
    public boolean matches(String normalized) {
        if (exact.contains(normalized)) {
            return true;
        }
        for (String p : prefixes) {
            if (normalized.startsWith(p)) {
                return true;
            }
        }
        for (String s : suffixes) {
            if (normalized.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** The phrase that matched, for reports, or null. */
    public String match(String normalized) {
        if (exact.contains(normalized)) {
            return normalized;
        }
        for (String p : prefixes) {
            if (normalized.startsWith(p)) {
                return p + "*";
            }
        }
        for (String s : suffixes) {
            if (normalized.endsWith(s)) {
                return "*" + s;
            }
        }
        return null;
    }
}
