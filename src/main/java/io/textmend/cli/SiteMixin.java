package io.textmend.cli;

import io.textmend.sites.SiteKeyMode;
import io.textmend.sites.SiteOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The site-template options that {@code learn} and {@code clean} share. */
final class SiteMixin {

    @Option(names = "--site-key", defaultValue = "host", paramLabel = "MODE",
            description = "How pages are grouped into sites: host (of the WARC target URI or --url-field; "
                    + "the first folder under the input when no URL is known), dir, or none (default: ${DEFAULT-VALUE}).")
    String siteKey;

    @Option(names = "--min-share", defaultValue = "0.3", paramLabel = "F",
            description = "A line is template when it is in at least this share of a site's pages (default: ${DEFAULT-VALUE}).")
    double minShare;

    @Option(names = "--min-pages", defaultValue = "3", paramLabel = "N",
            description = "... and in at least this many pages (default: ${DEFAULT-VALUE}).")
    int minPages;

    @Option(names = "--site-memory", paramLabel = "LINES",
            description = "Distinct lines of all sites counted in memory before the largest sites are written to a "
                    + "temporary folder and merged back at the end (default: heap bytes / 1024).")
    Long siteMemory;

    private SiteKeyMode mode;

    void validate(CommandLine cl) {
        try {
            mode = SiteKeyMode.parse(siteKey);
            options();
            if (siteMemory != null && siteMemory < 16) {
                throw new IllegalArgumentException("--site-memory must be at least 16 lines: " + siteMemory);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }

    /** Line entries of all sites a learner keeps in memory before spilling. */
    long memoryLines() {
        return siteMemory != null ? siteMemory : io.textmend.sites.SiteLearner.defaultMaxLinesInMemory();
    }

    SiteOptions options() {
        return SiteOptions.defaults().withMinShare(minShare).withMinPages(minPages);
    }

    /** The site key of a page of {@code in}, whose URL is {@code url} (may be null). */
    String key(Input in, String url) {
        SiteKeyMode m = mode == null ? SiteKeyMode.parse(siteKey) : mode;
        return m.keyOf(url, AbstractCommand.rootOf(in), in.isStdin() ? null : in.path());
    }
}
