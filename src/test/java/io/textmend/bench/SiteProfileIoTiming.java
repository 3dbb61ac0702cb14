package io.textmend.bench;

import io.textmend.sites.ProfileJson;
import io.textmend.sites.SiteLearner;
import io.textmend.sites.SiteProfile;
import io.textmend.sites.SyntheticCrawl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Writing and reading the 13 full profiles of the synthetic crawl as JSON, fastest of many
 * rounds (one thread), with their size. Run like {@link SitePassTiming}:
 * {@code java -cp target/test-classes:target/classes:$(cat target/bench.classpath)
 * io.textmend.bench.SiteProfileIoTiming 200}.
 */
public final class SiteProfileIoTiming {

    private SiteProfileIoTiming() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        List<SyntheticCrawl.Page> crawl = SyntheticCrawl.build(SyntheticCrawl.defaultSites(), 8L);
        SiteLearner learner = new SiteLearner();
        crawl.forEach(p -> learner.add(p.site(), p.text()));
        List<SiteProfile> profiles = List.copyOf(learner.profiles().values());
        long bestWrite = Long.MAX_VALUE;
        long bestRead = Long.MAX_VALUE;
        long bytes = 0;
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            String[] json = new String[profiles.size()];
            for (int i = 0; i < json.length; i++) {
                json[i] = ProfileJson.toJson(profiles.get(i));
            }
            long t1 = System.nanoTime();
            for (String j : json) {
                sink += ProfileJson.fromJson(j).lines().size();
            }
            long t2 = System.nanoTime();
            bestWrite = Math.min(bestWrite, t1 - t0);
            bestRead = Math.min(bestRead, t2 - t1);
            if (r == 0) {
                for (String j : json) {
                    bytes += j.getBytes(StandardCharsets.UTF_8).length;
                }
            }
        }
        System.out.printf(Locale.ROOT, "profiles %d, %d bytes, rounds %d, fastest: write %.2f ms, read %.2f ms [%d]%n",
                profiles.size(), bytes, rounds, bestWrite / 1e6, bestRead / 1e6, sink % 10);
    }
}
