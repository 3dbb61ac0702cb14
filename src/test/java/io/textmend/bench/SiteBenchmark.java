package io.textmend.bench;

import io.textmend.TextMend;
import io.textmend.sites.SiteFilter;
import io.textmend.sites.SiteLearner;
import io.textmend.sites.SyntheticCrawl;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per page, one thread: learning a page ({@link SiteLearner#add}), filtering it with the learned
 * profiles ({@link SiteFilter#filter}), and cleaning it as {@code clean --profiles} would (the
 * whole {@link TextMend#clean(String)} pipeline, then the site filter). Pages are the 435 pages
 * of the 13-site synthetic crawl of the tests; the learner starts afresh after each pass over
 * them, so most body lines it meets are new to it, as in a real crawl.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class SiteBenchmark {

    private List<SyntheticCrawl.Page> pages;
    private String[] texts;
    private SiteFilter filter;
    private SiteLearner learner;
    private int next;

    @Setup
    public void load() {
        pages = SyntheticCrawl.build(SyntheticCrawl.defaultSites(), 8L);
        texts = pages.stream().map(SyntheticCrawl.Page::text).toArray(String[]::new);
        SiteLearner all = new SiteLearner();
        for (int i = 0; i < texts.length; i++) {
            all.add(pages.get(i).site(), texts[i]);
        }
        filter = new SiteFilter(all.profiles().values());
        learner = new SiteLearner();
    }

    private int index() {
        if (next == texts.length) {
            next = 0;
        }
        return next++;
    }

    @Benchmark
    public int learnPage() {
        int i = index();
        if (i == 0) {
            learner = new SiteLearner();
        }
        learner.add(pages.get(i).site(), texts[i]);
        return learner.siteCount();
    }

    @Benchmark
    public String filterPage() {
        int i = index();
        return filter.filter(pages.get(i).site(), texts[i]).text();
    }

    @Benchmark
    public String cleanPage() {
        int i = index();
        return filter.filter(pages.get(i).site(), TextMend.clean(texts[i]).text()).text();
    }
}
