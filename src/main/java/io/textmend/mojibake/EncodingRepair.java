package io.textmend.mojibake;

import io.textmend.Change;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code repair_encoding} step: undoes text decoded with the wrong charset. Every code page
 * that could have made the suspicious characters proposes candidate repairs (UTF-8 read as a
 * single- or double-byte code page, a legacy page read as windows-1252 or KOI8-R read as
 * windows-1251); each is scored by {@link Plausibility}; the best non-overlapping candidates are
 * applied. Candidates that rest on a guessed byte are applied only when the text shows certain
 * mojibake too. Layered mojibake is undone layer by layer within one call. Stateless and thread-safe.
 */
final class EncodingRepair implements FixStep {

    private static final int MAX_LAYERS = 4;
    private static final List<Codec> DECODERS = Suspicion.singleByteDecoders();

    @Override
    public String name() {
        return FixSteps.REPAIR_ENCODING;
    }

    @Override
    public String apply(String text, List<Change> changes) {
        int nl = text.indexOf('\n');
        if (nl < 0 || nl == text.length() - 1) {
            int mask = Suspicion.scan(text);
            // the fast path: clean text, one table lookup a char
            return mask == 0 ? text : applyLine(text, mask, changes, new Utf8Misread.Scratch());
        }
        // line by line: a clean line costs one scan, and evidence stays within its line
        StringBuilder out = null;
        Utf8Misread.Scratch scratch = null;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            int lineMask = Suspicion.scan(text, start, end);
            if (lineMask == 0) {
                if (out != null) {
                    out.append(text, start, end);
                }
                start = end;
                continue;
            }
            String line = text.substring(start, end);
            List<Change> lineChanges = new ArrayList<>();
            if (scratch == null) {
                scratch = new Utf8Misread.Scratch();
            }
            String fixed = applyLine(line, lineMask, lineChanges, scratch);
            if (fixed != line) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, start);
                }
                int offset = start;
                lineChanges.forEach(c -> changes.add(c.shifted(offset)));
            }
            if (out != null) {
                out.append(fixed);
            }
            start = end;
        }
        return out == null ? text : out.toString();
    }

    /** {@code text} repaired, given its {@link Suspicion#scan} (not 0). */
    private String applyLine(String text, int mask, List<Change> changes, Utf8Misread.Scratch scratch) {
        // layers are undone here one after another, so that a wrong decoder proven in an outer
        // layer still vouches for the weak repairs of the inner ones
        Set<String> proven = new HashSet<>();
        String current = text;
        List<Change> layered = new ArrayList<>();
        for (int layer = 0; layer < MAX_LAYERS; layer++) {
            String next = applyOnce(current, layer == 0 ? mask : Suspicion.scan(current), layered, proven, scratch);
            if (next == current) {
                break;
            }
            current = next;
        }
        if ((mask & Suspicion.SINGLE) != 0) {
            // a whole line of UTF-8 read as Latin-1 with its C1 controls dropped, decoded jointly:
            // taken only when it reads clearly better than the repairs piece by piece
            String joint = C1Dropped.decode(text);
            if (joint != null && !joint.equals(current) && (hasLatin1Lead(current)
                    || Plausibility.cost(joint, ' ', ' ') + JOINT_MARGIN <= Plausibility.cost(current, ' ', ' '))) {
                changes.add(new Change("mojibake", name(), 0, text.length(), text, joint, C1_DROPPED
                        + "; lost bytes guessed from the line's language"));
                return joint;
            }
        }
        changes.addAll(layered);
        return current;
    }

    private String applyOnce(String text, int mask, List<Change> changes, Set<String> proven,
            Utf8Misread.Scratch scratch) {
        if (mask == 0) {
            return text;
        }
        List<Candidate> found = new ArrayList<>();
        collect(text, mask, found, scratch);
        if (found.isEmpty()) {
            return text;
        }
        List<Candidate> chosen = dropWeakAmongStrays(text, choose(found, proven));
        if (chosen.isEmpty()) {
            return text;
        }
        chosen.forEach(c -> proven.add(c.detail()));
        chosen.sort(Comparator.comparingInt(Candidate::start));
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (Candidate c : chosen) {
            out.append(text, copied, c.start()).append(c.replacement());
            String detail = c.replacement().indexOf('\uFFFD') >= 0 && text.substring(c.start(), c.end())
                    .indexOf('\uFFFD') < 0 ? c.detail() + "; U+FFFD: the bytes are lost, unrecoverable" : c.detail();
            changes.add(new Change("mojibake", name(), c.start(), c.end(), text.substring(c.start(), c.end()),
                    c.replacement(), detail));
            copied = c.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Every candidate repair of {@code text}, before any is chosen (for tests and diagnosis). */
    static List<Candidate> candidates(String text) {
        List<Candidate> found = new ArrayList<>();
        collect(text, -1, found, new Utf8Misread.Scratch());
        return found;
    }

    static final String C1_DROPPED = "utf-8 read as latin-1, C1 controls dropped";
    /** Nats by which the joint C1-dropped decoding must read better than the repairs piece by piece. */
    private static final float JOINT_MARGIN = 0f;

    private static void collect(String text, int mask, List<Candidate> found, Utf8Misread.Scratch scratch) {
        if ((mask & Suspicion.SINGLE) != 0) {
            List<Codec> decoders = DECODERS;
            for (int k = 0; k < decoders.size(); k++) {
                if ((mask >>> (Suspicion.DECODER_SHIFT + k) & 1) != 0) {
                    Utf8Misread.find(text, decoders.get(k), found, scratch);
                }
            }
        }
        if ((mask & Suspicion.DOUBLE) != 0) {
            for (Codec c : Codecs.DoubleByte.WRONG) {
                Utf8Misread.find(text, c, found, scratch);
            }
        }
        // (C1_SEEN, not SINGLE: a C1 control no longer flags SINGLE when no decoder's lead is
        // followed by what continues it, as in a windows-1250 line whose ť or ź read as a C1 control)
        boolean legacyLine = (mask & (Suspicion.LEGACY | Suspicion.LEGACY_LINE)) != 0
                || (mask & Suspicion.C1_SEEN) != 0 && hasC1(text);
        boolean explained = (legacyLine || (mask & Suspicion.LEGACY) != 0) && mostlyExplained(text, found);
        if (legacyLine && !explained) {
            // a whole line of a legacy page (C1 controls stand for some of their letters, too)
            LegacyPage.findAs1252(text, found);
        }
        if ((mask & Suspicion.LEGACY) != 0 && !explained) {
            for (Codec c : Codecs.DoubleByte.INTENDED) {
                LegacyMisread.find(text, Codecs.Western.CP1252, c, found);
            }
        }
        if ((mask & Suspicion.KOI8) != 0) {
            LegacyPage.findKoi8As1251(text, found);
        }
    }

    /**
     * True when a Latin-1 char that is a UTF-8 lead byte (Â..ô) is left: the piecewise repair did
     * not explain the line, and the joint decoding (which weighs keeping each such char as well)
     * is the better judge than the character-class cost, which prefers a letter â to a quote.
     */
    private static boolean hasLatin1Lead(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xC2 && c <= 0xF4) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasC1(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when strong UTF-8 repairs already cover most non-ASCII characters of the line: a line
     * garbled from UTF-8 is not also a legacy page, so the legacy decoders need not be asked.
     */
    private static boolean mostlyExplained(String text, List<Candidate> found) {
        boolean[] covered = new boolean[text.length()];
        for (Candidate c : found) {
            if (!c.lossy() && c.gain() > 4f) {
                for (int i = c.start(); i < c.end(); i++) {
                    covered[i] = true;
                }
            }
        }
        int nonAscii = 0;
        int explained = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                nonAscii++;
                explained += covered[i] ? 1 : 0;
            }
        }
        return explained * 10 >= nonAscii * 8;
    }

    /**
     * The best candidates that do not overlap; weak ones (a guessed byte, a
     * one-letter word) only where a certain one shows the same wrong decoder at work. The code
     * page that explains most of the text is preferred where two overlap (a page is read with one
     * wrong decoder, not a different one per word).
     */
    private static List<Candidate> choose(List<Candidate> found, Set<String> provenBefore) {
        Map<String, Float> byCodec = new HashMap<>();
        for (Candidate c : found) {
            if (!c.lossy()) {
                byCodec.merge(c.detail(), c.gain(), Float::sum);
            }
        }
        String best = byCodec.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse("");
        sortByRank(found, best);
        byte lineScript = script(found, best);
        List<Candidate> chosen = new ArrayList<>();
        int end = 0;
        for (Candidate c : found) {
            end = Math.max(end, c.end());
        }
        boolean[] taken = new boolean[end];
        for (Candidate c : found) {
            if (!c.lossy() && free(taken, c) && sameScript(c, best, lineScript)) {
                take(taken, c);
                chosen.add(c);
            }
        }
        if (!chosen.isEmpty() || !provenBefore.isEmpty()) {
            Set<String> proven = new HashSet<>(provenBefore);
            chosen.forEach(c -> proven.add(c.detail()));
            for (Candidate c : found) {
                if (c.lossy() && proven.contains(c.detail()) && free(taken, c) && sameScript(c, best, lineScript)) {
                    take(taken, c);
                    chosen.add(c);
                }
            }
        }
        return chosen;
    }

    /**
     * The script the code page {@code best} repairs the line into: that of most non-ASCII letters
     * of its certain candidates ({@link CharClass#S_NONE} when it makes none).
     */
    private static byte script(List<Candidate> found, String best) {
        int[] counts = new int[256];
        for (Candidate c : found) {
            if (!c.lossy() && c.detail().equals(best)) {
                countScripts(c.replacement(), counts);
            }
        }
        return majority(counts);
    }

    private static void countScripts(String s, int[] counts) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 0x80 && CharClass.isLetter(CharClass.cls(ch))) {
                counts[CharClass.script(ch) & 0xFF]++;
            }
        }
    }

    /** The script (a {@link CharClass} script code) with the most letters in {@code counts}, or {@code S_NONE}. */
    static byte majority(int[] counts) {
        int best = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return counts[best] == 0 ? CharClass.S_NONE : (byte) best;
    }

    /**
     * A repair never moves part of a line into a foreign script: a candidate of another code page
     * than the line's best whose letters are mostly of a script other than the one the best code
     * page repairs the line into (Latin aside, which mixes with every script) is not taken. An
     * Arabic line read as Latin-1 with bytes dropped is not Korean read as windows-1252 in between.
     */
    private static boolean sameScript(Candidate c, String best, byte lineScript) {
        if (lineScript == CharClass.S_NONE || c.detail().equals(best)) {
            return true;
        }
        int[] counts = new int[256];
        countScripts(c.replacement(), counts);
        byte s = majority(counts);
        return s == CharClass.S_NONE || s == CharClass.S_LATIN || s == lineScript;
    }

    /**
     * Sorts by gain, with a bonus of 3 for the code page {@code best}, highest first, then by
     * start; stable. The ranks are worked out once per candidate, not once per comparison.
     */
    private static void sortByRank(List<Candidate> found, String best) {
        int n = found.size();
        Candidate[] items = found.toArray(new Candidate[0]);
        float[] rank = new float[n];
        int[] start = new int[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            Candidate c = items[i];
            rank[i] = -(c.gain() + (c.detail().equals(best) ? 3f : 0f));
            start[i] = c.start();
            order[i] = i;
        }
        mergeSort(order, new int[n], 0, n, rank, start);
        for (int i = 0; i < n; i++) {
            found.set(i, items[order[i]]);
        }
    }

    /** Stable merge sort of {@code a[from, to)} by rank, then start (the order of {@link Float#compare}). */
    private static void mergeSort(int[] a, int[] tmp, int from, int to, float[] rank, int[] start) {
        if (to - from < 2) {
            return;
        }
        if (to - from <= 12) {
            for (int i = from + 1; i < to; i++) {
                int x = a[i];
                int j = i - 1;
                while (j >= from && before(x, a[j], rank, start)) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, rank, start);
        mergeSort(a, tmp, mid, to, rank, start);
        if (!before(a[mid], a[mid - 1], rank, start)) {
            return;
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || i < mid && !before(tmp[j], tmp[i], rank, start)) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }

    /** True when item {@code x} sorts strictly before item {@code y}. */
    private static boolean before(int x, int y, float[] rank, int[] start) {
        int r = Float.compare(rank[x], rank[y]);
        return r != 0 ? r < 0 : start[x] < start[y];
    }

    private static boolean free(boolean[] taken, Candidate c) {
        for (int i = c.start(); i < c.end(); i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void take(boolean[] taken, Candidate c) {
        for (int i = c.start(); i < c.end(); i++) {
            taken[i] = true;
        }
    }

    /**
     * A text whose non-ASCII letters and signs mostly stand outside any repair, and still look
     * like mojibake there, was not explained by the repairs (a hopeless garble, leetspeak, line
     * art): nothing is changed. Where the rest looks like clean text, only strong repairs hold.
     */
    private static List<Candidate> dropWeakAmongStrays(String text, List<Candidate> chosen) {
        boolean[] covered = new boolean[text.length()];
        int coveredCount = 0;
        for (Candidate c : chosen) {
            for (int i = c.start(); i < c.end(); i++) {
                covered[i] = true;
            }
            coveredCount += c.end() - c.start();
        }
        int strays = 0;
        int cleanPunct = 0;
        float residual = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= 0x80 && ch < 0x3000 && !covered[i]) {
                strays++;
                if (ch >= 0x2013 && ch <= 0x2026 || ch == 0x20AC) {
                    cleanPunct++;
                }
                residual += CharClass.cost(ch) + Plausibility.pair(i > 1 ? text.charAt(i - 2) : ' ',
                        i > 0 ? text.charAt(i - 1) : ' ', ch);
            }
        }
        if (cleanPunct > 0 && cleanPunct >= chosen.size()) {
            // punctuation that windows-1252 would have garbled stands intact: the text was not read
            // as windows-1252 throughout, so a lone repair of that kind needs overwhelming evidence
            List<Candidate> kept = new ArrayList<>();
            for (Candidate c : chosen) {
                if (c.gain() > 15f || !c.detail().endsWith("windows-1252")) {
                    kept.add(c);
                }
            }
            chosen = kept;
        }
        if (strays <= coveredCount) {
            return chosen;
        }
        if (residual > 2.5f * strays) {
            return List.of();
        }
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : chosen) {
            if (c.gain() > 8f) {
                kept.add(c);
            }
        }
        return kept;
    }
}
