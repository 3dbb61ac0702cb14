package io.textmend.cli;

import io.textmend.Cleaner;
import io.textmend.InputKind;
import io.textmend.sites.SiteLearner;
import java.util.function.Function;

/**
 * The learning pass shared by {@code learn} and {@code clean --learn-sites}: each page's text, as
 * the site filter will later see it (decoded, repaired, extracted, not yet stripped), goes to a
 * thread-safe {@link SiteLearner} under its site key.
 */
final class SiteLearning {

    private final SiteLearner learner;
    private final SiteMixin sites;
    private final Function<InputKind, Cleaner> cleaners;

    SiteLearning(SiteMixin sites, Function<InputKind, Cleaner> cleaners) {
        this.sites = sites;
        this.cleaners = cleaners;
        this.learner = new SiteLearner(sites.options());
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
