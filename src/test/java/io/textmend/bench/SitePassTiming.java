package io.textmend.bench;

import io.textmend.sites.SiteFilter;
import io.textmend.sites.SiteLearner;
import io.textmend.sites.SyntheticCrawl;
import java.util.List;
import java.util.Locale;

/**
 * Learning against filtering on a loaded machine: alternates one learning pass (fresh learner)
 * and one filtering pass over the 435 pages of the synthetic crawl, and prints the fastest pass
 * of each per page. Alternating in one JVM exposes both to the same load, which back-to-back JMH
 * runs on a shared machine do not. Run:
 * {@code java -cp target/test-classes:target/classes:$(cat target/bench.classpath)
 * io.textmend.bench.SitePassTiming 60} (after {@code bench/jmh -h} or a test-compile).
 */
public final class SitePassTiming {

    private SitePassTiming() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        List<SyntheticCrawl.Page> crawl = SyntheticCrawl.build(SyntheticCrawl.defaultSites(), 8L);
        String[] texts = crawl.stream().map(SyntheticCrawl.Page::text).toArray(String[]::new);
        String[] sites = crawl.stream().map(SyntheticCrawl.Page::site).toArray(String[]::new);
        SiteLearner all = new SiteLearner();
        for (int i = 0; i < texts.length; i++) {
            all.add(sites[i], texts[i]);
        }
        SiteFilter filter = all.toFilter();
        long bestLearn = Long.MAX_VALUE;
        long bestFilter = Long.MAX_VALUE;
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            SiteLearner l = new SiteLearner();
            for (int i = 0; i < texts.length; i++) {
                l.add(sites[i], texts[i]);
            }
            sink += l.siteCount();
            long t1 = System.nanoTime();
            for (int i = 0; i < texts.length; i++) {
                sink += filter.filter(sites[i], texts[i]).text().length();
            }
            long t2 = System.nanoTime();
            bestLearn = Math.min(bestLearn, t1 - t0);
            bestFilter = Math.min(bestFilter, t2 - t1);
        }
        System.out.printf(Locale.ROOT, "pages %d, rounds %d, fastest pass per page: learn %.1f us, filter %.1f us"
                + " (learn/filter %.2f) [%d]%n", texts.length, rounds, bestLearn / 1e3 / texts.length,
                bestFilter / 1e3 / texts.length, (double) bestLearn / bestFilter, sink % 10);
    }
}
