package io.textmend.boilerplate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The registry of boilerplate filters by their stable names. Built once; thread-safe. */
final class Filters {

    private static final Map<String, BlockFilter> ALL = build();

    private Filters() {
    }

    private static Map<String, BlockFilter> build() {
        Map<String, BlockFilter> m = new LinkedHashMap<>();
        add(m, new InjectedSpamFilter());
        add(m, new PhraseFilter("navigation", "navigation", 8, true, false));
        add(m, new PhraseFilter("share_bar", "share", 8, true, false));
        add(m, new MenuRowFilter());
        add(m, new PhraseFilter("consent_prompt", "consent", 60, false, false));
        add(m, new PhraseFilter("interruption", "interruption", 25, false, true));
        add(m, new RepeatedTextFilter());
        add(m, new RelatedContentFilter());
        add(m, new FooterFilter());
        add(m, new CreditsFilter());
        add(m, new OutsideBodyFilter());
        add(m, new LinkRunFilter(LinkRunFilter.NAME, 3));
        add(m, new LinkRunFilter(LinkRunFilter.PAIRS, 2));
        return Map.copyOf(m);
    }

    private static void add(Map<String, BlockFilter> m, BlockFilter f) {
        m.put(f.name(), f);
    }

    /** Every filter name. */
    static Set<String> names() {
        return ALL.keySet();
    }

    static BlockFilter byName(String name) {
        BlockFilter f = ALL.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown boilerplate filter '" + name + "'");
        }
        return f;
    }
}
