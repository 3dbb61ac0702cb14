package io.textmend.sites;

import io.textmend.Change;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Removes each site's learned template from its pages: every template line, and the teaser block
 * under a related-content header (the lines right after the header, while each of them recurs in
 * at least two distinct pages of the site and is not itself template, at most
 * {@link SiteOptions#maxTeaserLines()} lines). A page of a site without a profile is returned
 * unchanged.
 *
 * <p>A filter keeps of each profile only the lines that can matter, those in two or more
 * distinct pages ({@link SiteProfile#compact}; in one or more when {@code minPages} is 1): its
 * output is the same as with the full profiles, in a fraction of their memory.
 *
 * <p>Immutable and thread-safe: build it once from the profiles and share it across threads.
 */
public final class SiteFilter {

    /** Stage name in {@link Change#stage()}. */
    public static final String STAGE = "sites";

    /** Rule name in {@link Change#rule()}. */
    public static final String RULE = "site_template";

    private final SiteOptions options;
    private final Map<String, SiteTemplate> templates;

    public SiteFilter(SiteOptions options, Collection<SiteProfile> profiles) {
        this.options = Objects.requireNonNull(options, "options");
        Map<String, SiteTemplate> m = new HashMap<>();
        int minDistinct = Math.min(2, options.minPages());
        for (SiteProfile p : profiles) {
            m.put(p.site(), new SiteTemplate(p.compact(minDistinct), options));
        }
        this.templates = Collections.unmodifiableMap(m);
    }

    public SiteFilter(Collection<SiteProfile> profiles) {
        this(SiteOptions.defaults(), profiles);
    }

    public SiteOptions options() {
        return options;
    }

    /** The template of a site, or null when it has no profile. */
    public SiteTemplate template(String site) {
        return templates.get(site);
    }

    /** The page {@code text} of {@code site} with the site's template removed. */
    public SiteFilterResult filter(String site, String text) {
        Objects.requireNonNull(text, "text");
        SiteTemplate t = templates.get(Objects.requireNonNull(site, "site"));
        if (t == null || t.templateCount() == 0) {
            return new SiteFilterResult(text, List.of());
        }
        PageLines page = PageLines.of(text);
        String[] why = new String[page.size];
        int removed = 0;
        for (int i = 0; i < page.size; i++) {
            long h = page.hash[i];
            if (!t.isTemplate(h)) {
                continue;
            }
            why[i] = t.templateReason(h);
            removed++;
            if (!t.isHeader(h)) {
                continue;
            }
            int j = i + 1;
            String teaser = null;
            for (int n = 0; j < page.size && n < options.maxTeaserLines(); n++, j++) {
                long hj = page.hash[j];
                if (t.isTemplate(hj) || !t.isRecurring(hj)) {
                    break;
                }
                if (teaser == null) {
                    teaser = SiteTemplate.teaserReason(page.line(i));
                }
                why[j] = teaser;
                removed++;
            }
            i = j - 1;
        }
        return removed == 0 ? new SiteFilterResult(text, List.of()) : cut(page, why, removed);
    }

    private static SiteFilterResult cut(PageLines page, String[] why, int removed) {
        String text = page.text;
        StringBuilder out = new StringBuilder(text.length());
        List<Change> changes = new ArrayList<>(removed);
        int from = 0;
        for (int i = 0; i < page.size; i++) {
            if (why[i] == null) {
                continue;
            }
            out.append(text, from, page.rawStart[i]);
            from = page.rawEnd[i];
            changes.add(new Change(STAGE, RULE, page.start[i], page.end[i], page.line(i), "", why[i]));
        }
        out.append(text, from, text.length());
        return new SiteFilterResult(out.toString(), changes);
    }
}
