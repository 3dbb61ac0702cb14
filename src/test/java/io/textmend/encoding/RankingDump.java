package io.textmend.encoding;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the five best candidates for files, for looking into a decision. */
public final class RankingDump {

    private RankingDump() {
    }

    public static void main(String[] args) throws Exception {
        for (String a : args) {
            byte[] b = Files.readAllBytes(Path.of(a));
            StatisticalDetector.Ranking r = StatisticalDetector.rank(b, 0, b.length, Candidates.all(), false);
            System.out.println(a + " conf " + r.confidence());
            for (int i = 0; i < Math.min(6, r.ranked().size()); i++) {
                StatisticalDetector.Ranked x = r.ranked().get(i);
                System.out.printf(java.util.Locale.ROOT, "  %-18s %9.2f %s%n", x.candidate().name(), x.score(), x.language());
            }
        }
    }
}
