package io.textmend.mojibake;

import java.util.Arrays;

/**
 * A whole line of UTF-8 read as Latin-1 whose C1 controls were then removed: every
 * continuation byte 0x80..0x9F is gone, so a lead (Latin-1 chars 0xC2..0xF4) stands before fewer
 * continuation chars (0xA0..0xBF) than it needs. The line is decoded jointly: per gap, every
 * placement of the missing bytes and every value 0x80..0x9F gives a candidate character (kept
 * when it is a valid, assigned, non-control code point, the cheapest few by {@link CharClass#cost});
 * the characters are chosen together by a Viterbi search over the line, scored by the letter
 * model of the language the intact characters read best in (or by character cost alone for
 * scripts without one, as CJK, where the corpus-frequent hanzi wins). The result is given only
 * when it is all of one script family (with Latin), no non-Latin letter is glued to an ASCII
 * letter, and it is clearly more plausible than the line as it stands. Stateless and thread-safe.
 */
final class C1Dropped {

    /** Longest word kept for the word list, in tokens. */
    private static final int MAX_WORD = 40;
    /** Longest line decoded jointly, in chars. */
    private static final int MAX_LINE = 4096;
    /** Candidates kept per gap (twice as many where two bytes are lost). */
    private static final int OPTIONS = 32;
    /** Cost added to the reading in which a lead lost nothing (the char is what it seems). */
    private static final float KEEP = 4f;
    /** Log-probability below which the language never writes a letter (it was not counted). */
    private static final float UNWRITTEN = -11f;
    /** Cost added to a candidate letter of a script other than the line's. */
    private static final float FOREIGN = 12f;

    private static final boolean DEBUG = Boolean.getBoolean("textmend.debugC1");

    private C1Dropped() {
    }

    /** The line decoded, or null when it is not such a line or the decoding is not clearly better. */
    static String decode(String text) {
        int n = text.length();
        if (n > MAX_LINE) {
            return null; // the search keeps a reading per char: bounded work for overlong lines
        }
        int gaps = 0;
        boolean complete = false;
        // pass 1: shape only (cheap): leads, their continuations, nothing else above ASCII
        for (int i = 0; i < n;) {
            char c = text.charAt(i);
            if (c < 0x80) {
                i++;
                continue;
            }
            if (c < 0xC2 || c > 0xF4) {
                return null;
            }
            int need = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
            int k = 0;
            i++;
            while (k < need && i < n && text.charAt(i) >= 0xA0 && text.charAt(i) <= 0xBF) {
                k++;
                i++;
            }
            if (i < n && text.charAt(i) >= 0x80 && text.charAt(i) <= 0xBF) {
                return null; // a stray continuation, or a C1 control that was not dropped
            }
            if (k == 0 && need == 1 && i < n && text.charAt(i) == ' ' && isNbspLead(c)) {
                return null; // "Ã " may be the NBSP byte turned into a space: that repair's to make
            }
            if (k < need) {
                gaps++;
            } else {
                complete = true;
            }
        }
        if (gaps == 0 || !complete) {
            return null;
        }
        // pass 2: the elements of the line, each a list of candidate code points
        int[][] options = new int[n][];
        float[][] costs = new float[n][];
        boolean[] gap = new boolean[n];
        int m = 0;
        int[] scripts = new int[256];
        for (int i = 0; i < n;) {
            char c = text.charAt(i);
            if (c < 0x80) {
                options[m] = new int[] {c};
                costs[m++] = new float[] {0f};
                i++;
                continue;
            }
            int need = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
            int start = i;
            i++;
            while (i - start - 1 < need && i < n && text.charAt(i) >= 0xA0 && text.charAt(i) <= 0xBF) {
                i++;
            }
            int present = i - start - 1;
            if (present == need) {
                int cp = sequence(text, start, need);
                if (cp < 0) {
                    return null;
                }
                options[m] = new int[] {cp};
                costs[m++] = new float[] {0f};
                countScript(cp, scripts);
                continue;
            }
            Gap g = new Gap(need - present > 1 ? 2 * OPTIONS : OPTIONS);
            enumerate(c, text, start + 1, present, need, g);
            if (g.size == 0 && present > 0) {
                return null;
            }
            options[m] = Arrays.copyOf(g.cps, g.size + (present == 0 ? 1 : 0));
            costs[m] = Arrays.copyOf(g.costs, options[m].length);
            if (present == 0) {
                // or nothing was lost: the char stands as it was written ("Ça", "manhã")
                options[m][g.size] = c;
                costs[m][g.size] = CharClass.cost(c) + KEEP;
            }
            gap[m++] = true;
        }
        byte lineScript = EncodingRepair.majority(scripts);
        if (lineScript == CharClass.S_NONE) {
            return null;
        }
        for (int e = 0; e < m; e++) {
            if (gap[e]) {
                // only letters and marks of the line's script (or Latin), and everyday signs
                int kept = 0;
                for (int o = 0; o < options[e].length; o++) {
                    if (fits(options[e][o], lineScript)) {
                        options[e][kept] = options[e][o];
                        costs[e][kept++] = costs[e][o];
                    }
                }
                if (kept == 0) {
                    return null;
                }
                options[e] = Arrays.copyOf(options[e], kept);
                costs[e] = Arrays.copyOf(costs[e], kept);
            }
        }
        LetterModel model = null;
        WordModel words = null;
        Reading reading = null;
        for (LetterModel lm : lineScript == CharClass.S_CJK ? java.util.List.<LetterModel>of()
                : bestModels(options, gap, m)) {
            WordModel wm = wordModel(options, gap, m, lm);
            Reading r = search(options, costs, gap, m, lm, wm);
            if (reading == null || r.score() > reading.score()) {
                reading = r;
                model = lm;
                words = wm;
            }
        }
        if (reading == null) {
            words = wordModel(options, gap, m, null);
            reading = search(options, costs, gap, m, null, words);
        }
        int[] chosen = reading.chosen();
        if (DEBUG) {
            System.err.println("model " + (model == null ? null : model.language()) + " words "
                    + (words == null ? null : words.language()));
        }
        StringBuilder sb = new StringBuilder(n);
        for (int e = 0; e < m; e++) {
            int cp = options[e][chosen[e]];
            if (gap[e]) {
                byte s = cp < 0x10000 && isLetter(cp) ? CharClass.script((char) cp) : CharClass.S_NONE;
                if (s != CharClass.S_NONE && s != lineScript && s != CharClass.S_LATIN) {
                    return null;
                }
                if (lineScript != CharClass.S_CJK && (cp >= 0x3000 && cp <= 0x30FF || cp >= 0xFF00 && cp <= 0xFFEF)) {
                    return null; // CJK punctuation or kana guessed in a line of another script
                }
                if (s != CharClass.S_NONE && s != CharClass.S_LATIN && (asciiLetterAt(options, e - 1)
                        || asciiLetterAt(options, e + 1))) {
                    return null;
                }
            }
            sb.appendCodePoint(cp);
        }
        String fixed = sb.toString();
        float before = Plausibility.cost(text, ' ', ' ');
        float after = Plausibility.cost(fixed, ' ', ' ');
        return after < 0.5f * before && before - after > 6f ? fixed : null;
    }

    /**
     * True for a guessed char that can stand in a line of {@code lineScript}: a letter or mark of
     * that script or Latin; a sign of Latin-1, general punctuation, currency, letterlike, number
     * forms, arrows, math; CJK punctuation in a CJK line; an emoji. Not a digit of another script.
     */
    private static boolean fits(int cp, byte lineScript) {
        if (cp >= 0x10000) {
            return cp >= 0x1F000 && cp <= 0x1FAFF || lineScript == CharClass.S_CJK && cp >= 0x20000 && cp <= 0x2FFFF;
        }
        char c = (char) cp;
        int type = Character.getType(cp);
        if (Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
            byte s = CharClass.script(c);
            return s == lineScript || s == CharClass.S_LATIN || s == CharClass.S_NONE;
        }
        if (Character.isDigit(cp)) {
            return false;
        }
        return cp < 0x300 || cp >= 0x2000 && cp <= 0x22FF || cp >= 0x2500 && cp <= 0x27BF
                || lineScript == CharClass.S_CJK && (cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF)
                || script(c) == lineScript;
    }

    private static byte script(char c) {
        return CharClass.script(c);
    }

    /** Leads whose sequence with 0xA0 is a common character: NBSP, à, Š, Π, Р, נ. */
    private static boolean isNbspLead(int b) {
        return b == 0xC2 || b == 0xC3 || b == 0xC5 || b == 0xCE || b == 0xD0 || b == 0xD7;
    }

    private static boolean asciiLetterAt(int[][] options, int e) {
        if (e < 0 || e >= options.length || options[e] == null) {
            return false;
        }
        int c = options[e][0];
        return c < 0x80 && Character.isLetter(c);
    }

    private static boolean isLetter(int cp) {
        return Character.isLetter(cp);
    }

    private static void countScript(int cp, int[] scripts) {
        if (cp >= 0x80 && cp < 0x10000 && Character.isLetter(cp)) {
            scripts[CharClass.script((char) cp) & 0xFF]++;
        }
    }

    /** The complete sequence of {@code need} continuations after the lead at {@code at}, or −1 when invalid. */
    private static int sequence(String text, int at, int need) {
        int b0 = text.charAt(at);
        int cp = b0 & (0xFF >> (need + 2));
        for (int k = 1; k <= need; k++) {
            cp = cp << 6 | text.charAt(at + k) & 0x3F;
        }
        return valid(b0, cp, need) ? cp : -1;
    }

    private static boolean valid(int b0, int cp, int need) {
        if (need == 1) {
            return cp >= 0x80;
        }
        if (need == 2) {
            return cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF);
        }
        return cp >= 0x10000 && cp <= 0x10FFFF;
    }

    /** Candidates of one gap, the cheapest {@link #OPTIONS}. */
    private static final class Gap {
        final int capacity;
        final int[] cps;
        final float[] costs;
        int size;

        Gap(int capacity) {
            this.capacity = capacity;
            cps = new int[capacity];
            costs = new float[capacity];
        }

        void offer(int cp, float cost) {
            if (size == capacity && cost >= costs[size - 1]) {
                return;
            }
            int i = size < capacity ? size++ : size - 1;
            while (i > 0 && costs[i - 1] > cost) {
                cps[i] = cps[i - 1];
                costs[i] = costs[i - 1];
                i--;
            }
            cps[i] = cp;
            costs[i] = cost;
        }
    }

    /**
     * Every placement of the {@code need − present} missing bytes (0x80..0x9F) among the
     * continuations of {@code lead}, the present ones ({@code present} chars from {@code from}) in order.
     */
    private static void enumerate(int lead, String text, int from, int present, int need, Gap g) {
        int missing = need - present;
        if (missing == 3 && lead != 0xF0) {
            return;
        }
        int[] cont = new int[need];
        // a bit mask: bit k set = continuation k is missing
        for (int mask = 0; mask < 1 << need; mask++) {
            if (Integer.bitCount(mask) != missing) {
                continue;
            }
            int p = 0;
            int[] slots = new int[missing];
            int s = 0;
            for (int k = 0; k < need; k++) {
                if ((mask >> k & 1) != 0) {
                    slots[s++] = k;
                } else {
                    cont[k] = text.charAt(from + p++);
                }
            }
            fill(lead, cont, slots, 0, need, g);
        }
    }

    private static void fill(int lead, int[] cont, int[] slots, int s, int need, Gap g) {
        if (s == slots.length) {
            int cp = lead & (0xFF >> (need + 2));
            for (int k = 0; k < need; k++) {
                cp = cp << 6 | cont[k] & 0x3F;
            }
            if (!valid(lead, cp, need)) {
                return;
            }
            float cost = cost(cp);
            if (!Float.isNaN(cost)) {
                g.offer(cp, cost);
            }
            return;
        }
        int lo = 0x80;
        int hi = 0x9F;
        if (slots.length == 3 && s == 0) {
            lo = 0x9F; // four bytes, none left: only the emoji plane is worth a guess
        }
        for (int v = lo; v <= hi; v++) {
            cont[slots[s]] = v;
            fill(lead, cont, slots, s + 1, need, g);
        }
    }

    /** The cost of a guessed code point; NaN when it cannot be one (unassigned, control, private use). */
    private static float cost(int cp) {
        int type = Character.getType(cp);
        if (type == Character.UNASSIGNED || type == Character.CONTROL || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || type == Character.FORMAT && cp != 0x200B && cp != 0x200C
                && cp != 0x200D && cp != 0x200E && cp != 0x200F) {
            return Float.NaN;
        }
        return cp < 0x10000 ? CharClass.cost((char) cp) : CharClass.supplementaryCost(cp);
    }

    /** The letter model the line's intact characters (and cheapest guesses) read best in; null when none fits. */
    private static LetterModel bestModel(int[][] options, boolean[] gap, int m) {
        StringBuilder sb = new StringBuilder(m);
        for (int e = 0; e < m; e++) {
            if (!gap[e] && options[e][0] < 0x10000) {
                sb.append((char) options[e][0]);
            } else {
                sb.append(' ');
            }
        }
        return bestModel(sb);
    }

    /** The letter model the line as decoded by {@code chosen} reads best in. */
    private static LetterModel bestModel(int[][] options, int[] chosen, int m) {
        StringBuilder sb = new StringBuilder(m);
        for (int e = 0; e < m; e++) {
            int cp = options[e][chosen[e]];
            sb.append(cp < 0x10000 ? (char) cp : ' ');
        }
        return bestModel(sb);
    }

    /** The letter models the intact characters read best in, up to {@link #LANGUAGES}; empty when none fits. */
    private static java.util.List<LetterModel> bestModels(int[][] options, boolean[] gap, int m) {
        StringBuilder sb = new StringBuilder(m);
        for (int e = 0; e < m; e++) {
            sb.append(!gap[e] && options[e][0] < 0x10000 ? (char) options[e][0] : ' ');
        }
        java.util.List<LetterModel> all = new java.util.ArrayList<>(LetterModel.all().values());
        float[] score = new float[all.size()];
        float[] per = new float[all.size()];
        int[] count = new int[1];
        Integer[] order = new Integer[all.size()];
        for (int i = 0; i < all.size(); i++) {
            score[i] = all.get(i).score(sb, count);
            per[i] = count[0] == 0 ? -99f : score[i] / count[0];
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Float.compare(score[y], score[x]));
        java.util.List<LetterModel> out = new java.util.ArrayList<>();
        for (int i = 0; i < LANGUAGES && i < order.length; i++) {
            if (per[order[i]] > -6.5f) {
                out.add(all.get(order[i]));
            }
        }
        return out;
    }

    /** Languages tried, the best by the intact characters. */
    private static final int LANGUAGES = 3;

    private static LetterModel bestModel(StringBuilder sb) {
        LetterModel best = null;
        float bestScore = Float.NEGATIVE_INFINITY;
        int[] count = new int[1];
        float bestPer = 0;
        for (LetterModel lm : LetterModel.all().values()) {
            float sc = lm.score(sb, count);
            if (sc > bestScore) {
                bestScore = sc;
                best = lm;
                bestPer = count[0] == 0 ? -99f : sc / count[0];
            }
        }
        return bestPer > -6.5f ? best : null;
    }

    /**
     * The word model of the line's language: that of its letter model, else the one that knows
     * most of the line's intact non-ASCII words; null when none knows any.
     */
    private static WordModel wordModel(int[][] options, boolean[] gap, int m, LetterModel model) {
        if (model != null && WordModel.all().containsKey(model.language())) {
            return WordModel.all().get(model.language());
        }
        java.util.List<String> intact = new java.util.ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean clean = true;
        boolean nonAscii = false;
        for (int e = 0; e <= m; e++) {
            char t = e == m ? LetterModel.BOUNDARY : token(options[e][0]);
            if (e < m && gap[e]) {
                clean = false;
            }
            if (t == LetterModel.BOUNDARY || t == LetterModel.SIGN) {
                if (w.length() > 1 && clean && nonAscii) {
                    intact.add(w.toString());
                }
                w.setLength(0);
                clean = true;
                nonAscii = false;
            } else {
                w.append(t);
                nonAscii |= t >= 0x80;
            }
        }
        WordModel best = null;
        int bestKnown = 0;
        for (WordModel wm : WordModel.all().values()) {
            int known = 0;
            for (String x : intact) {
                known += wm.knows(x) ? 1 : 0;
            }
            if (known > bestKnown) {
                bestKnown = known;
                best = wm;
            }
        }
        return best;
    }

    /** Share of a word's probability given to the word list (the rest to the letter bigrams). */
    private static final double WORD_WEIGHT = 0.9;
    /** States kept by the beam. */
    private static final int BEAM = 128;
    /** Readings more than this many nats behind the best are dropped. */
    private static final float PRUNE = 14f;

    /** One reading of the line so far: the option taken at element {@code e}, after {@code parent}. */
    private static final class State {
        final State parent;
        final int opt;
        final StringBuilder word;
        char last;
        float done;
        float partial;
        boolean guessed;

        State() {
            parent = null;
            opt = 0;
            word = new StringBuilder();
            last = LetterModel.BOUNDARY;
        }

        State(State s, int opt) {
            parent = s;
            this.opt = opt;
            word = new StringBuilder(s.word);
            last = s.last;
            done = s.done;
            partial = s.partial;
            guessed = s.guessed;
        }

        float rank;

        /** The score so far, a word holding a guess counted by the listed words it can still become. */
        void rank(WordModel words) {
            if (guessed && words != null && word.length() > 0) {
                double mass = words.prefixMass(word);
                rank = done + (float) Math.log(WORD_WEIGHT * mass + (1 - WORD_WEIGHT) * Math.exp(partial));
            } else {
                rank = done + partial;
            }
        }
    }

    /** The best reading found by {@link #search} and its score. */
    private record Reading(int[] chosen, float score) {
    }

    /**
     * A beam search over the line: letters are scored by the letter bigrams (or by character cost
     * where no letter model fits), and each word holding a guessed character, once complete, by
     * its frequency in the word list mixed with its bigram score. At an intact word boundary only
     * the best reading is kept (what follows does not depend on what came before).
     */
    private static Reading search(int[][] options, float[][] costs, boolean[] gap, int m, LetterModel model,
            WordModel words) {
        float costWeight = model == null ? 1f : 0.3f;
        java.util.List<State> beam = new java.util.ArrayList<>();
        beam.add(new State());
        int prevChar = ' ';
        for (int e = 0; e < m; e++) {
            java.util.List<State> next = new java.util.ArrayList<>(beam.size() * options[e].length);
            for (State st : beam) {
                int before = e == 0 ? ' ' : options[e - 1][st.opt];
                for (int o = 0; o < options[e].length; o++) {
                    State ns = new State(st, o);
                    char tok = token(options[e][o]);
                    if (tok == LetterModel.SIGN) {
                        tok = LetterModel.BOUNDARY;
                    }
                    if (!(ns.last == LetterModel.BOUNDARY && tok == LetterModel.BOUNDARY) && model != null) {
                        ns.partial += model.logProb(ns.last, tok);
                    }
                    if (tok == LetterModel.BOUNDARY) {
                        // the word before ends here; the sign itself is scored on its own
                        closeWord(ns, words);
                        if (gap[e] && options[e][o] >= 0x80 && words != null) {
                            // punctuation by how often the language writes it there (a quote opens after a space)
                            ns.done += words.signLogProb(before == ' ', (char) options[e][o])
                                    - (costs[e][o] >= FOREIGN ? FOREIGN : 0f);
                        } else {
                            ns.done -= costWeight * costs[e][o];
                        }
                    } else {
                        ns.partial -= costWeight * costs[e][o];
                        if (gap[e]) {
                            ns.partial -= casePenalty(options[e][o], e, options, st);
                            if (model != null && model.unigram(tok) < UNWRITTEN) {
                                ns.partial -= FOREIGN; // a letter the language never writes
                            }
                        }
                        ns.guessed |= gap[e];
                        if (ns.word.length() < MAX_WORD) {
                            ns.word.append(tok); // (a longer run is no listed word anyway)
                        }
                    }
                    ns.last = tok;
                    ns.rank(words);
                    next.add(ns);
                }
            }
            if (next.size() > 1) {
                next.sort((x, y) -> Float.compare(y.rank, x.rank));
                float floor = next.get(0).rank - PRUNE;
                int keep = 1;
                while (keep < next.size() && keep < BEAM && next.get(keep).rank >= floor) {
                    keep++;
                }
                next = next.subList(0, keep);
            }
            if (!gap[e] && next.get(0).last == LetterModel.BOUNDARY) {
                beam = new java.util.ArrayList<>(next.subList(0, 1));
            } else {
                beam = next.size() > BEAM ? new java.util.ArrayList<>(next.subList(0, BEAM)) : next;
            }
        }
        State best = null;
        for (State st : beam) {
            if (model != null && st.last != LetterModel.BOUNDARY) {
                st.partial += model.logProb(st.last, LetterModel.BOUNDARY);
            }
            closeWord(st, words);
            if (best == null || st.done > best.done) {
                best = st;
            }
        }
        int[] chosen = new int[m];
        State st = best;
        for (int e = m - 1; e >= 0; e--) {
            chosen[e] = st.opt;
            st = st.parent;
        }
        return new Reading(chosen, best.done);
    }

    /**
     * A guessed capital where a small letter stands before it, or mid-sentence, costs more; a
     * small letter at the start of the line or of a sentence costs a little.
     */
    private static float casePenalty(int cp, int e, int[][] options, State st) {
        boolean upper = Character.isUpperCase(cp);
        boolean lower = Character.isLowerCase(cp);
        if (!upper && !lower) {
            return 0f;
        }
        int p1 = e > 0 ? options[e - 1][st.opt] : -1;
        int p2 = e > 1 && st.parent != null ? options[e - 2][st.parent.opt] : -1;
        boolean sentenceStart = p1 < 0 || p1 == '"' || p1 == '\u201E' || p1 == '\u201C' || p1 == '\u00AB' || p1 == '('
                || p1 == ' ' && (p2 == '.' || p2 == '!' || p2 == '?' || p2 == ':');
        if (upper) {
            return sentenceStart ? 0f : Character.isLowerCase(p1) ? 4f : 1.5f;
        }
        return sentenceStart ? 1.5f : 0f;
    }

    private static void closeWord(State st, WordModel words) {
        float score = st.partial;
        if (st.guessed && words != null && st.word.length() > 0) {
            double p = words.probability(st.word);
            score = (float) Math.log(WORD_WEIGHT * p + (1 - WORD_WEIGHT) * Math.exp(score));
        }
        st.done += score;
        st.partial = 0;
        st.guessed = false;
        st.word.setLength(0);
    }

    private static char token(int cp) {
        return cp < 0x10000 ? LetterModel.token((char) cp) : LetterModel.SIGN;
    }
}
