package io.textmend.spark;

import java.util.Locale;

/**
 * What a run of {@link CleanJob} did, counted exactly (aggregations, not accumulators). Immutable.
 *
 * @param pages                 pages cleaned and written
 * @param skippedNonHtml        WARC responses skipped because they are not HTML
 * @param failed                pages or files that could not be read or cleaned
 * @param templateSites         sites with a learned template (0 without site templates)
 * @param templateLines         template lines learned, over all sites
 * @param templateLinesRemoved  lines removed from pages as site template
 * @param seconds               wall time of the run
 */
public record JobSummary(long pages, long skippedNonHtml, long failed, long templateSites, long templateLines,
        long templateLinesRemoved, double seconds) {

    /** Pages cleaned per second of wall time. */
    public double pagesPerSecond() {
        return seconds > 0 ? pages / seconds : 0;
    }

    /** One line for a log. */
    public String line() {
        return String.format(Locale.ROOT,
                "textmend-spark: %d pages cleaned, %d non-HTML skipped, %d failed; site templates: %d sites, "
                        + "%d lines learned, %d lines removed; %.1f s, %.1f pages/s",
                pages, skippedNonHtml, failed, templateSites, templateLines, templateLinesRemoved, seconds,
                pagesPerSecond());
    }
}
