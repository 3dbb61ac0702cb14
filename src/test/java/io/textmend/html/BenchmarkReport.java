package io.textmend.html;

import io.textmend.Cleaner;
import io.textmend.CleanOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Scores {@link Cleaner} over the benchmark pages and lists the worst pages. Run as a program to
 * print the report: {@code java ... io.textmend.html.BenchmarkReport [worst-count] [page-id]}.
 */
public final class BenchmarkReport {

    /** One scored page. */
    record Scored(BenchmarkPages.Page page, String predicted, ShingleMetric.Counts counts) {
    }

    private BenchmarkReport() {
    }

    static List<Scored> score(Cleaner cleaner, List<BenchmarkPages.Page> pages) {
        List<Scored> out = new ArrayList<>();
        for (BenchmarkPages.Page p : pages) {
            String text = Boolean.getBoolean("textmend.raw")
                    ? cleaner.extractor().extract(new String(p.html(), java.nio.charset.StandardCharsets.UTF_8), "").text()
                    : cleaner.clean(p.html()).text();
            out.add(new Scored(p, text, ShingleMetric.compare(p.expected(), text)));
        }
        return out;
    }

    static String worst(List<Scored> scored, int n) {
        StringBuilder sb = new StringBuilder();
        scored.stream().sorted(Comparator.comparingDouble(s -> s.counts().f1())).limit(n).forEach(s ->
                sb.append(String.format(Locale.ROOT, "  f1 %.3f  p %.3f  r %.3f  %s  %s%n", s.counts().f1(),
                        s.counts().precision(), s.counts().recall(), s.page().id().substring(0, 12), s.page().url())));
        return sb.toString();
    }

    public static void main(String[] args) {
        List<BenchmarkPages.Page> pages = BenchmarkPages.load();
        if (args.length > 1) {
            pages = pages.stream().filter(p -> p.id().startsWith(args[1])).toList();
        }
        Cleaner cleaner = new Cleaner(CleanOptions.defaults());
        long t0 = System.nanoTime();
        List<Scored> scored = score(cleaner, pages);
        double secs = (System.nanoTime() - t0) / 1e9;
        ShingleMetric.Score s = ShingleMetric.Score.of(scored.stream().map(Scored::counts).toList());
        System.out.printf(Locale.ROOT, "pages %d  precision %.4f  recall %.4f  f1 %.4f  (%.1fs)%n", pages.size(),
                s.precision(), s.recall(), s.f1(), secs);
        System.out.print(worst(scored, args.length > 0 ? Integer.parseInt(args[0]) : 25));
        if (args.length > 1 && scored.size() == 1) {
            String expected = scored.get(0).page().expected();
            System.out.println("----- predicted blocks, '-' when not in the expected text, then missed blocks '+'");
            for (String block : scored.get(0).predicted().split("\n\n")) {
                ShingleMetric.Counts c = ShingleMetric.compare(expected, block);
                System.out.println((c.precision() < 0.5 ? "- " : "  ") + block.replace("\n", " / "));
            }
            for (String block : expected.split("\n+")) {
                ShingleMetric.Counts c = ShingleMetric.compare(scored.get(0).predicted(), block);
                if (c.precision() < 0.5) {
                    System.out.println("+ " + block);
                }
            }
        }
    }
}
