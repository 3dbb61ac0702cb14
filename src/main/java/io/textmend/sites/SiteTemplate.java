package io.textmend.sites;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The verdicts drawn from one {@link SiteProfile} under {@link SiteOptions}: which folded lines
 * are template, which of those are related-content headers, and which lines recur in more than
 * one distinct page (teaser candidates). Immutable and thread-safe.
 *
 * <p>A line is <b>template</b> when its distinct-page count ({@link LineEntry#distinctPages()})
 * reaches both {@code minPages} and {@code minShare} of the site's distinct pages. A template
 * line is a <b>related-content header</b> when the lines right after it vary and are teasers: at
 * least {@code headerVariety} of its pages (capped at {@link SiteOptions#NEXT_KEYS}, at least 2)
 * have a different next line, at least half of those next lines recur in two or more distinct
 * pages of the site (headlines teased on several pages, unlike the body of an article after an
 * "Advertisement" line), and at most 10 % of its pages had it in the header zone (the last menu
 * line before an article is not a header).
 */
public final class SiteTemplate {

    private final SiteProfile profile;
    private final long threshold;
    private final long[] template;
    private final long[] headers;
    private final long[] recurring;
    private final Map<Long, String> reasons;

    public SiteTemplate(SiteProfile profile, SiteOptions options) {
        this.profile = Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(options, "options");
        long share = (long) Math.ceil(options.minShare() * profile.distinctPages() - 1e-9);
        this.threshold = Math.max(options.minPages(), share);
        long[] t = new long[profile.lines().size()];
        long[] h = new long[t.length];
        long[] r = new long[t.length];
        int nt = 0;
        int nh = 0;
        int nr = 0;
        Map<Long, String> why = new HashMap<>();
        for (LineEntry e : profile.lines()) {
            long d = e.distinctPages();
            if (d >= 2) {
                r[nr++] = e.hash();
            }
            if (d >= threshold) {
                t[nt++] = e.hash();
                why.put(e.hash(), reason(e, profile));
                if (isHeader(e, options, profile)) {
                    h[nh++] = e.hash();
                }
            }
        }
        this.template = sorted(t, nt);
        this.headers = sorted(h, nh);
        this.recurring = sorted(r, nr);
        this.reasons = Collections.unmodifiableMap(why);
    }

    private static boolean isHeader(LineEntry e, SiteOptions o, SiteProfile p) {
        if (10 * e.header() > e.pages() || e.nextPages() == 0) {
            return false;
        }
        long want = Math.max(2, Math.min(SiteOptions.NEXT_KEYS,
                (long) Math.ceil(o.headerVariety() * e.nextPages() - 1e-9)));
        if (e.nextVariety() < want) {
            return false;
        }
        int recurring = 0;
        for (long n : e.nextArray()) {
            LineEntry ne = p.line(n);
            if (ne != null && ne.distinctPages() >= 2) {
                recurring++;
            }
        }
        return 2 * recurring >= e.nextVariety();
    }

    private static String reason(LineEntry e, SiteProfile p) {
        if (e.keysArray().length == 0) {
            return String.format(Locale.ROOT, "template line: in %d pages (%d+ distinct) of %d distinct pages",
                    e.pages(), SiteOptions.LINE_PAGE_KEYS, p.distinctPages());
        }
        return String.format(Locale.ROOT, "template line: in %d of %d distinct pages", e.distinctPages(),
                p.distinctPages());
    }

    private static long[] sorted(long[] a, int n) {
        long[] out = Arrays.copyOf(a, n);
        Arrays.sort(out);
        return out;
    }

    public SiteProfile profile() {
        return profile;
    }

    /** Distinct pages a line needs to be template on this site. */
    public long threshold() {
        return threshold;
    }

    public boolean isTemplate(long hash) {
        return Arrays.binarySearch(template, hash) >= 0;
    }

    public boolean isHeader(long hash) {
        return Arrays.binarySearch(headers, hash) >= 0;
    }

    /** True when the line was seen in at least two distinct pages of the site. */
    public boolean isRecurring(long hash) {
        return Arrays.binarySearch(recurring, hash) >= 0;
    }

    /** Why a template line is removed, for {@link io.textmend.Change#detail()}; null if not template. */
    public String templateReason(long hash) {
        return reasons.get(hash);
    }

    /**
     * Why a line under a related-content header is removed as a teaser, quoting the header as it
     * stands on the page ({@code headerLine}, cut to {@link SiteOptions#QUOTE_CHARS} chars). The
     * reason depends on the page, not on the profile's sample, so a merged profile reports
     * exactly what the profile learned from both crawls reports.
     */
    public static String teaserReason(String headerLine) {
        int len = headerLine.length();
        if (len > SiteOptions.QUOTE_CHARS) {
            len = SiteOptions.QUOTE_CHARS - (Character.isHighSurrogate(headerLine.charAt(SiteOptions.QUOTE_CHARS - 1)) ? 1 : 0);
        }
        return "teaser under related-content header \"" + headerLine.substring(0, len) + "\"";
    }

    public int templateCount() {
        return template.length;
    }

    public int headerCount() {
        return headers.length;
    }
}
