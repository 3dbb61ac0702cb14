package io.textmend.cli;

import io.textmend.Cleaner;
import io.textmend.InputKind;
import io.textmend.sites.SiteLearner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The learning pass shared by {@code learn} and {@code clean --learn-sites}: each page's text, as
 * the site filter will later see it (decoded, repaired, extracted, not yet stripped), goes to a
 * thread-safe {@link SiteLearner} under its site key.
 */
final class SiteLearning implements AutoCloseable {

    private final SiteLearner learner;
    private final Path spill;
    private final SiteMixin sites;
    private final Function<InputKind, Cleaner> cleaners;

    /**
     * A learner that spills the largest sites to a new temporary folder when the lines of all
     * sites pass {@code --site-memory}; {@link #close()} removes the folder.
     */
    SiteLearning(SiteMixin sites, Function<InputKind, Cleaner> cleaners) throws IOException {
        this.sites = sites;
        this.cleaners = cleaners;
        this.spill = Files.createTempDirectory("textmend-learn-");
        this.learner = new SiteLearner(sites.options(), spill, sites.memoryLines());
    }

    /** Removes the spilled parts and their folder. */
    @Override
    public void close() throws IOException {
        learner.deleteSpill();
        Files.deleteIfExists(spill);
    }

    SiteLearner learner() {
        return learner;
    }

    void bytes(Input in, String url, byte[] body, String contentType, InputKind kind) {
        learner.add(sites.key(in, url), cleaners.apply(kind).siteText(body, contentType));
    }

    void text(Input in, String url, String value, InputKind kind) {
        learner.add(sites.key(in, url), cleaners.apply(kind).siteText(value));
    }
}
