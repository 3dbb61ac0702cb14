package io.textmend.encoding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The language tables shipped under {@code io/textmend/encoding/lang}, loaded once. Thread-safe. */
final class LanguageModels {

    private static final String DIR = "lang/";

    private LanguageModels() {
    }

    /** The models and the token ids they share. */
    private record Loaded(List<LanguageModel> models, TokenIndex ids) {
    }

    private static final class Holder {
        static final Loaded LOADED = load();
    }

    /** The ids of every token some language has. */
    static TokenIndex tokens() {
        return Holder.LOADED.ids();
    }

    /** Every language model, in the order of {@code languages.txt}. */
    static List<LanguageModel> all() {
        return Holder.LOADED.models();
    }

    private static Loaded load() {
        List<LanguageModel.Raw> raw = new ArrayList<>();
        for (String code : lines(DIR + "languages.txt")) {
            try (InputStream in = open(DIR + code + ".tsv")) {
                raw.add(LanguageModel.load(code, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        TokenIndex ids = TokenIndex.of(raw);
        List<LanguageModel> out = new ArrayList<>();
        for (LanguageModel.Raw r : raw) {
            out.add(new LanguageModel(r, out.size(), ids));
        }
        return new Loaded(List.copyOf(out), ids);
    }

    static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static InputStream open(String resource) {
        InputStream in = LanguageModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource io/textmend/encoding/" + resource);
        }
        return in;
    }
}
