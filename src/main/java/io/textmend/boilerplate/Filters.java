package io.textmend.boilerplate;

import java.util.LinkedHashMap;
import java.util.Map;

/** The registry of boilerplate filters by their stable names. Built once; thread-safe. */
final class Filters {

    private static final Map<String, BlockFilter> ALL = build();

    private Filters() {
    }

    private static Map<String, BlockFilter> build() {
        Map<String, BlockFilter> m = new LinkedHashMap<>();
        add(m, new InjectedSpamFilter());
        add(m, new PhraseFilter("navigation", "navigation", 8));
        add(m, new PhraseFilter("share_bar", "share", 8));
        add(m, new PhraseFilter("consent_prompt", "consent", 40));
        add(m, new PhraseFilter("interruption", "interruption", 10));
        add(m, new RepeatedTextFilter());
        add(m, new RelatedContentFilter());
        add(m, new PhraseFilter("footer", "footer", 20));
        add(m, new PhraseFilter("credits", "credits", 12));
        return Map.copyOf(m);
    }

    private static void add(Map<String, BlockFilter> m, BlockFilter f) {
        m.put(f.name(), f);
    }

    static BlockFilter byName(String name) {
        BlockFilter f = ALL.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown boilerplate filter '" + name + "'");
        }
        return f;
    }
}
