package io.textmend.mojibake;

import io.textmend.Change;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code repair_encoding} step: undoes text decoded with the wrong charset. Every code page
 * that could have made the suspicious characters proposes candidate repairs (UTF-8 read as a
 * single- or double-byte code page, a legacy page read as windows-1252 or KOI8-R read as
 * windows-1251); each is scored by {@link Plausibility}; the best non-overlapping candidates are
 * applied. Candidates that rest on a guessed byte are applied only when the text shows certain
 * mojibake too. One layer is undone per call: {@link MojibakeFixer} repeats the step until the
 * text stops changing. Stateless and thread-safe.
 */
final class EncodingRepair implements FixStep {

    private static final Comparator<Candidate> BEST_FIRST =
            Comparator.comparingDouble((Candidate c) -> -c.gain()).thenComparingInt(Candidate::start);

    @Override
    public String name() {
        return FixSteps.REPAIR_ENCODING;
    }

    @Override
    public String apply(String text, List<Change> changes) {
        int mask = Suspicion.scan(text);
        if (mask == 0) {
            return text;
        }
        List<Candidate> found = new ArrayList<>();
        collect(text, mask, found);
        if (found.isEmpty()) {
            return text;
        }
        List<Candidate> chosen = choose(found);
        if (chosen.isEmpty()) {
            return text;
        }
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

    private static void collect(String text, int mask, List<Candidate> found) {
        boolean latin = (mask & (Suspicion.LATIN | Suspicion.C1)) != 0;
        if (latin || (mask & (Suspicion.SYMBOLS | Suspicion.GREEK | Suspicion.CYRILLIC)) != 0) {
            Utf8Misread.find(text, Codecs.Western.CP1252, found);
            for (Codec c : Codecs.SingleByte.ALL) {
                Utf8Misread.find(text, c, found);
            }
        }
        if ((mask & Suspicion.CJK) != 0) {
            for (Codec c : Codecs.DoubleByte.WRONG) {
                Utf8Misread.find(text, c, found);
            }
        }
        if (latin) {
            for (Codec c : Codecs.Legacy.INTENDED) {
                LegacyMisread.find(text, Codecs.Western.CP1252, c, found);
            }
            for (Codec c : Codecs.DoubleByte.INTENDED) {
                LegacyMisread.find(text, Codecs.Western.CP1252, c, found);
            }
        }
        if ((mask & Suspicion.CYRILLIC) != 0) {
            LegacyMisread.find(text, Codecs.Legacy.CP1251, Codecs.Legacy.KOI8_R, found);
        }
    }

    /** The best candidates that do not overlap; guessed ones only beside certain ones. */
    private static List<Candidate> choose(List<Candidate> found) {
        found.sort(BEST_FIRST);
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : found) {
            if (!c.lossy() && chosen.stream().noneMatch(c::overlaps)) {
                chosen.add(c);
            }
        }
        if (!chosen.isEmpty()) {
            for (Candidate c : found) {
                if (c.lossy() && chosen.stream().noneMatch(c::overlaps)) {
                    chosen.add(c);
                }
            }
        }
        return chosen;
    }
}
