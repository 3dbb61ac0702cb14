package io.textmend.encoding;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Statistical charset detection for bytes that are not UTF-8: every {@link Candidate} decodes a
 * sample, {@link TextScorer} scores each decoding under the languages the charset can carry, and
 * when the two best are close, juniversalchardet and ICU4J's CharsetDetector vote too. Stateless
 * and thread-safe.
 */
final class StatisticalDetector {

    /** The sample ends after this many non-ASCII bytes... */
    private static final int SAMPLE_NON_ASCII = 700;
    /** ...or this many bytes. */
    private static final int SAMPLE_BYTES = 16 * 1024;
    private static final int MAX_POSITIONS = 1600;
    /** The first pass looks at the start of the sample, up to this many non-ASCII bytes... */
    private static final int FIRST_NON_ASCII = 120;
    /** ...and keeps this many candidates for the second. */
    private static final int FINALISTS = 6;
    /** Lifts second-pass scores above every first-pass score, so that finalists rank first. */
    private static final double FINALIST_BONUS = 1e6;
    /** Below this margin (natural log) between the two best, the external detectors are consulted. */
    private static final double CLOSE = 6;
    private static final double UNIVERSAL_VOTE = 3;
    /** Non-ASCII bytes at which the evidence factor of the confidence reaches 63 %. */
    private static final double EVIDENCE = 8;
    private static final double ICU_VOTE = 2;

    private StatisticalDetector() {
    }

    /** A candidate and its score on the sample. */
    record Ranked(Candidate candidate, double score, LanguageModel language, List<LanguageModel> languages) {
    }

    /** The candidates, best first, with the confidence of the first. */
    record Ranking(List<Ranked> ranked, double confidence) {
        Ranked best() {
            return ranked.get(0);
        }

        /** The score of a candidate by its name, or negative infinity. */
        double scoreOf(String name) {
            for (Ranked r : ranked) {
                if (r.candidate().name().equals(name)) {
                    return r.score();
                }
            }
            return Double.NEGATIVE_INFINITY;
        }
    }

    static Ranking rank(byte[] b, int off, int len) {
        return rank(b, off, len, Candidates.all(), true);
    }

    static Ranking rank(byte[] b, int off, int len, List<Candidate> candidates, boolean vote) {
        int end = sampleEnd(b, off, len);
        // a first pass on the start of the sample picks the candidates worth a full look
        int firstEnd = sampleEnd(b, off, end - off, FIRST_NON_ASCII, SAMPLE_BYTES);
        List<Ranked> first = score(b, off, firstEnd, candidates, null);
        List<Ranked> finalists = first.subList(0, Math.min(FINALISTS, first.size()));
        List<Ranked> ranked = new ArrayList<>(score(b, off, end, null, finalists));
        ranked.addAll(first.subList(finalists.size(), first.size()));
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        ranked = distinct(b, off, end, ranked);
        if (vote && ranked.size() > 1 && ranked.get(0).score() - ranked.get(1).score() < CLOSE) {
            ranked = vote(b, off, end - off, ranked);
        }
        int high = 0;
        for (int i = off; i < end; i++) {
            high += b[i] >>> 31;
        }
        return new Ranking(List.copyOf(ranked), confidence(ranked, high));
    }

    /**
     * The first pass (given {@code candidates}) scores characters without context under every
     * language a candidate carries; the second (given {@code finalists}) scores in context under
     * the few languages the first pass liked best. Scores of the two passes are comparable only
     * within a pass: a finalist always ranks above the rest, whatever its second-pass score.
     */
    private static List<Ranked> score(byte[] b, int off, int end, List<Candidate> candidates, List<Ranked> finalists) {
        boolean quick = finalists == null;
        int n = quick ? candidates.size() : finalists.size();
        List<Ranked> ranked = new ArrayList<>(n);
        ByteSample sample = new ByteSample(b, off, end, MAX_POSITIONS);
        double[] asciiCache = TextScorer.newAsciiCache();
        for (int i = 0; i < n; i++) {
            Candidate c = quick ? candidates.get(i) : finalists.get(i).candidate();
            List<LanguageModel> langs = quick ? c.languages() : finalists.get(i).languages();
            TextScorer.Score s;
            if (c.isSingleByte()) {
                s = TextScorer.score(c.table(), sample, langs, asciiCache, quick);
            } else {
                s = TextScorer.score(c.decode(b, off, end - off), langs, MAX_POSITIONS, quick, sample, asciiCache);
            }
            ranked.add(new Ranked(c, s.value() + c.logPrior() + (quick ? 0 : FINALIST_BONUS), s.language(), s.top()));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return ranked;
    }

    /**
     * Drops single-byte candidates that read the sample exactly as a better-ranked one does
     * (windows-1254 on French text reads like windows-1252): they are the same answer, and must
     * not make the best look less sure nor call for a vote.
     */
    private static List<Ranked> distinct(byte[] b, int off, int end, List<Ranked> ranked) {
        boolean[] present = new boolean[128];
        for (int i = off; i < end; i++) {
            if (b[i] < 0) {
                present[b[i] & 0x7F] = true;
            }
        }
        List<Ranked> out = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            boolean same = false;
            for (int i = 0; i < out.size() && i < FINALISTS && !same; i++) {
                same = sameReading(out.get(i).candidate(), r.candidate(), present);
            }
            if (!same) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean sameReading(Candidate a, Candidate c, boolean[] present) {
        if (!a.isSingleByte() || !c.isSingleByte()) {
            return false;
        }
        for (int i = 0; i < 128; i++) {
            if (present[i] && a.table().decode(0x80 + i) != c.table().decode(0x80 + i)) {
                return false;
            }
        }
        return true;
    }

    /** Adds the votes of juniversalchardet and ICU4J to the candidates they name. */
    private static List<Ranked> vote(byte[] b, int off, int len, List<Ranked> ranked) {
        UniversalDetector u = new UniversalDetector();
        u.handleData(b, off, len);
        u.dataEnd();
        String uName = u.getDetectedCharset() == null ? null : CodePages.canonicalName(u.getDetectedCharset());
        CharsetDetector icu = new CharsetDetector();
        byte[] sample = off == 0 && len == b.length ? b : java.util.Arrays.copyOfRange(b, off, off + len);
        icu.setText(sample);
        CharsetMatch[] matches = icu.detectAll();
        List<Ranked> out = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            double s = r.score();
            String n = r.candidate().name();
            if (n.equals(uName)) {
                s += UNIVERSAL_VOTE;
            }
            for (int i = 0; i < Math.min(3, matches.length); i++) {
                if (n.equals(CodePages.canonicalName(matches[i].getName()))) {
                    s += ICU_VOTE * matches[i].getConfidence() / 100.0;
                    break;
                }
            }
            out.add(new Ranked(r.candidate(), s, r.language(), r.languages()));
        }
        out.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return out;
    }

    /**
     * How sure: the share of the best in a softmax over the scores, scaled down when there are
     * few non-ASCII bytes to go by, kept within 0.1 to 0.99.
     */
    private static double confidence(List<Ranked> ranked, int nonAscii) {
        double top = ranked.get(0).score();
        double sum = 0;
        for (Ranked r : ranked) {
            sum += Math.exp(Math.max(-50, (r.score() - top) / 2));
        }
        double p = (1 / sum) * (1 - Math.exp(-nonAscii / EVIDENCE));
        return Math.max(0.1, Math.min(0.99, p));
    }

    /**
     * Where the sample ends: after enough non-ASCII bytes, at a byte below 0x40 (which no
     * multi-byte charset uses inside a character), so that no character is cut in half.
     */
    static int sampleEnd(byte[] b, int off, int len) {
        return sampleEnd(b, off, len, SAMPLE_NON_ASCII, SAMPLE_BYTES);
    }

    private static int sampleEnd(byte[] b, int off, int len, int nonAscii, int maxBytes) {
        int end = off + len;
        int limit = Math.min(end, off + maxBytes);
        int high = 0;
        int i = off;
        while (i < limit && high < nonAscii) {
            if (b[i] < 0) {
                high++;
            }
            i++;
        }
        if (i >= end) {
            return end;
        }
        for (int j = i; j > Math.max(off, i - 256); j--) {
            int c = b[j - 1] & 0xFF;
            if (c < 0x40 && c != 0x1B) {
                return j;
            }
        }
        return i;
    }
}
