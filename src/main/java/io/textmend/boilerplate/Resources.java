package io.textmend.boilerplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the package's data files (UTF-8, one entry a line, {@code #} comments). */
final class Resources {

    private static final String ROOT = "/io/textmend/boilerplate/";
    private static final List<String> LANGUAGES = List.copyOf(lines("languages.txt", true));

    private Resources() {
    }

    /** The language folders shipped, in the order of {@code languages.txt}. */
    static List<String> languages() {
        return LANGUAGES;
    }

    static List<String> lines(String name, boolean required) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Resources.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("missing resource " + ROOT + name);
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
}
