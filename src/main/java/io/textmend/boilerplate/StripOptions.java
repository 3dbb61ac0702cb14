package io.textmend.boilerplate;

import java.util.List;
import java.util.Objects;

/**
 * Which filters {@link BoilerplateRemover} runs, as a named preset. Immutable.
 *
 * @param preset  {@code conservative}, {@code default} or {@code aggressive}
 * @param filters the filter names the preset enables, in the order they run
 */
public record StripOptions(String preset, List<String> filters) {

    public StripOptions {
        Objects.requireNonNull(preset, "preset");
        filters = List.copyOf(filters);
        for (String f : filters) {
            Filters.byName(f);
        }
    }

    /** Removes only what is certainly not content: spam, skip links and menus, share bars, repeats. */
    public static StripOptions conservative() {
        return new StripOptions("conservative", List.of(InjectedSpamFilter.NAME, "navigation", "share_bar",
                RepeatedTextFilter.NAME));
    }

    /**
     * The default: conservative plus menu rows, prompts, interruptions, related-content blocks,
     * footers, credits, boxes of link lines, and what lies outside the article's main stretch.
     */
    public static StripOptions defaults() {
        return new StripOptions("default", List.of(InjectedSpamFilter.NAME, "navigation", "share_bar",
                MenuRowFilter.NAME, "consent_prompt", "interruption", RepeatedTextFilter.NAME,
                RelatedContentFilter.NAME, FooterFilter.NAME, CreditsFilter.NAME, LinkRunFilter.NAME,
                OutsideBodyFilter.NAME));
    }

    /** Everything in default, and pairs of short link-like lines inside the article too. */
    public static StripOptions aggressive() {
        List<String> f = new java.util.ArrayList<>(defaults().filters());
        f.add(f.indexOf(OutsideBodyFilter.NAME), LinkRunFilter.PAIRS);
        return new StripOptions("aggressive", f);
    }

    /** The preset of that name; throws naming the valid ones when unknown. */
    public static StripOptions preset(String name) {
        return switch (name) {
            case "conservative" -> conservative();
            case "default" -> defaults();
            case "aggressive" -> aggressive();
            default -> throw new IllegalArgumentException(
                    "unknown preset '" + name + "'; use conservative, default or aggressive");
        };
    }
}
