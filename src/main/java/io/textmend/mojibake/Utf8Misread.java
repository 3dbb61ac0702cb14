package io.textmend.mojibake;

import java.util.List;

/**
 * Finds spans that are UTF-8 bytes read through a wrong decoder (windows-1252, Latin-1,
 * MacRoman, cp437, windows-125x, KOI8, GBK, Big5, Shift_JIS, EUC-KR): the span turned back into
 * the bytes the wrong decoder saw is well-formed UTF-8, and the decoded text is clearly more
 * plausible. Also undoes UTF-8's CESU-8 form of emoji (surrogates encoded one by one), and
 * recovers lost bytes where the evidence allows: a U+FFFD or {@code ?} standing for a lost
 * continuation byte becomes U+FFFD, a space standing for byte 0xA0 becomes that byte again.
 * Stateless and thread-safe.
 */
final class Utf8Misread {

    /** Marker for a byte the wrong decoder lost (it shows as U+FFFD). */
    static final int LOST = 0x100;

    private Utf8Misread() {
    }

    /** Adds the candidates for reading through {@code wrong} to {@code out}. */
    static void find(String text, Codec wrong, List<Candidate> out) {
        find(text, wrong, out, new Scratch());
    }

    /**
     * Adds the candidates for reading through {@code wrong} to {@code out}, with buffers that one
     * thread may reuse for every code page and line ({@code scratch}).
     */
    static void find(String text, Codec wrong, List<Candidate> out, Scratch scratch) {
        int k = wrong.isDoubleByte() ? -1 : SingleByteDecoders.LIST.indexOf(wrong);
        if (k >= 0) {
            findSingleByte(text, wrong, k, out, scratch);
            return;
        }
        int n = text.length();
        int i = 0;
        Runs runs = scratch.runs;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x80 || wrong.encode(c) == Codec.NONE && c != '\uFFFD') {
                i++;
                continue;
            }
            // one run of chars the wrong decoder can have made, turned back into its bytes as it is read
            runs.begin(text, i, wrong, false);
            boolean lead = false;
            while (i < n) {
                char ch = text.charAt(i);
                int e = ch == '\uFFFD' ? LOST : wrong.encode(ch);
                if (e == Codec.NONE) {
                    break;
                }
                lead |= runs.add(e, i);
                i++;
            }
            runs.end(i);
            if (lead) {
                scan(text, runs, wrong, out, scratch);
            }
        }
    }

    /**
     * {@link #find} for the {@code k}-th single-byte wrong decoder. A run of chars the decoder can
     * have made is looked at only from its first lead byte on (nothing before it can begin or be
     * read by a sequence), and runs are found through the per-char masks of the text, shared by
     * every single-byte decoder, so a decoder whose leads stand nowhere costs one pass over ints.
     */
    private static void findSingleByte(String text, Codec wrong, int k, List<Candidate> out, Scratch scratch) {
        int n = text.length();
        int[] masks = scratch.masks(text);
        int canMake = 1 << k;
        int leadBit = 1 << (k + 16);
        Runs runs = scratch.runs;
        int i = 0;
        while (i < n) {
            if ((masks[i] & leadBit) == 0) {
                i++;
                continue;
            }
            int start = i;
            runs.begin(text, start, wrong, true);
            int[] bytes = runs.bytes;
            int nb = 0;
            while (i < n && (masks[i] & canMake) != 0) {
                char ch = text.charAt(i);
                bytes[nb++] = ch == '\uFFFD' ? LOST : wrong.encode(ch);
                i++;
            }
            runs.nb = nb;
            runs.end(i);
            scan(text, runs, wrong, out, scratch);
        }
    }

    /**
     * The single-byte wrong decoders in {@link Suspicion}'s order, and per char: bit k, the k-th
     * can have made it (ASCII and U+FFFD, a lost byte, always); bit 16 + k, it made it of a lead
     * byte (0xC2..0xF4).
     */
    private static final class SingleByteDecoders {
        static final List<Codec> LIST = Suspicion.singleByteDecoders();
        static final int[] MASKS = masks();

        private static int[] masks() {
            int[] m = new int[65536];
            int all = (1 << LIST.size()) - 1;
            for (int c = 0; c < 0x80; c++) {
                m[c] = all;
            }
            m[0xFFFD] |= all;
            for (int k = 0; k < LIST.size(); k++) {
                Codec w = LIST.get(k);
                for (int b = 0x80; b <= 0xFF; b++) {
                    mark(m, w, k, w.decodeSingle(b));
                    mark(m, w, k, (char) (b <= 0x9F ? b : 0)); // C1 controls some pages make of their own byte
                }
            }
            return m;
        }

        private static void mark(int[] m, Codec w, int k, char c) {
            if (c < 0x80 || c == 0xFFFD) {
                return;
            }
            int e = w.encode(c);
            if (e != Codec.NONE) {
                m[c] |= 1 << k;
                if (e >= 0xC2 && e <= 0xF4) {
                    m[c] |= 1 << (k + 16);
                }
            }
        }
    }

    /** Buffers reused by {@link #find}: create one per thread (or per call), never share it between threads. */
    static final class Scratch {
        final Runs runs = new Runs();
        final StringBuilder sb = new StringBuilder();
        final int[] flags = new int[1];
        private int[] masks = new int[64];
        private String masksOf;

        /** Per char of {@code text}, its {@link SingleByteDecoders#MASKS}; worked out once a text. */
        int[] masks(String text) {
            if (masksOf != text) {
                int n = text.length();
                if (masks.length < n) {
                    masks = new int[Math.max(n, 2 * masks.length)];
                }
                int[] table = SingleByteDecoders.MASKS;
                for (int i = 0; i < n; i++) {
                    masks[i] = table[text.charAt(i)];
                }
                masksOf = text;
            }
            return masks;
        }
    }

    private static void scan(String text, Runs r, Codec wrong, List<Candidate> out, Scratch scratch) {
        StringBuilder sb = scratch.sb;
        int[] flags = scratch.flags;
        int p = 0;
        while (p < r.nb) {
            int v = r.bytes[p];
            if (v < 0xC2 || v > 0xF4 || !r.boundary(p)) {
                p++;
                continue;
            }
            sb.setLength(0);
            flags[0] = 0;
            int q = p;
            int lastQ = -1;
            int lastLen = 0;
            int lastFlags = 0;
            while (q < r.nb) {
                int b = r.bytes[q];
                int len;
                if (b < 0x80) {
                    if (r.boundary(q)) {
                        break;
                    }
                    sb.append((char) b);
                    len = 1;
                } else {
                    len = decodeSequence(r, q, sb, flags);
                    if (len == 0) {
                        break;
                    }
                }
                q += len;
                if (q == r.nb || r.boundary(q)) {
                    lastQ = q;
                    lastLen = sb.length();
                    lastFlags = flags[0];
                }
            }
            if (lastQ <= p) {
                p++;
                continue;
            }
            int cs = r.charAt(p);
            int ce = r.charAt(lastQ);
            String dec = sb.substring(0, lastLen);
            evaluate(text, cs, ce, dec, lastFlags, wrong, out);
            p = lastQ;
        }
    }

    static final int STRICT = 1;
    static final int LOSSY_MARK = 2;   // a U+FFFD stood for a lost byte
    static final int LOSSY_GUESS = 4;  // '?' or a space stood for a lost byte

    private static void evaluate(String text, int cs, int ce, String dec, int flags, Codec wrong, List<Candidate> out) {
        if (wrong.isDoubleByte() && allCommonHan(text, cs, ce)) {
            return; // a run of everyday hanzi is Chinese, whatever its bytes would also spell
        }
        String fixed = Layers.peel(dec);
        boolean guessed = (flags & LOSSY_GUESS) != 0 && (flags & STRICT) == 0;
        if (guessed && selfEvidentAGrave(text, cs, fixed)) {
            guessed = false;
        }
        char before = cs > 0 ? text.charAt(cs - 1) : ' ';
        char after = ce < text.length() ? text.charAt(ce) : ' ';
        char before2 = cs > 1 ? text.charAt(cs - 2) : ' ';
        float orig = Plausibility.cost(text, cs, ce, before2, before, after);
        float plain = Plausibility.cost(fixed, 0, fixed.length(), before2, before, after) + wrong.prior();
        float cost = plain + outsideRepertoire(fixed, wrong) + Plausibility.isolatedLetter(fixed, before, after);
        float gain = orig - cost;
        String detail = wrong.misreadDetail();
        if (wrong.isDoubleByte() && (ce - cs < 2 || !hasNonAsciiBeyondOne(fixed))) {
            // one double-byte character decoding to one other character is a coin toss, not evidence
            if (ce - cs < 2 || gain < 6f) {
                return;
            }
        }
        if (!guessed && (flags & (LOSSY_GUESS | LOSSY_MARK)) == 0 && isAllReplacement(fixed) && gain > 0f) {
            // the bytes EF BF BD are U+FFFD itself ("锟斤拷", "ï¿½"): a pattern no clean text makes
            out.add(new Candidate(cs, ce, fixed, gain + 4f, detail, false));
        } else if (!guessed && gain > 1f && cost < 0.7f * orig) {
            out.add(new Candidate(cs, ce, fixed, gain, detail, false));
        } else if (orig - plain >= -1.5f || guessed && fixed.equals("\u00A0")) {
            // ("40Â procent", "EE.Â UU": the NBSP itself after a digit or a stop costs more than Â
            // alone, yet where the line is proven garbled it is the NBSP)
            // weak alone (a guessed byte, a one-letter word): kept only where the same wrong decoder
            // certainly garbled the same text
            out.add(new Candidate(cs, ce, fixed, gain, detail, true));
        }
    }

    private static boolean allCommonHan(String text, int cs, int ce) {
        for (int i = cs; i < ce; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && !(CharClass.script(c) == CharClass.S_CJK && CharClass.cost(c) <= 3.5f)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllReplacement(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '\uFFFD') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static boolean hasNonAsciiBeyondOne(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80 && !Character.isLowSurrogate(s.charAt(i))) {
                n++;
            }
        }
        return n >= 2 || s.length() >= 2;
    }

    /** "voilÃ le": Ã at the end of a lower-case word followed by a space is à whose 0xA0 was lost. */
    private static boolean selfEvidentAGrave(String text, int cs, String dec) {
        return dec.equals("\u00E0") && cs > 0 && CharClass.cls(text.charAt(cs - 1)) == CharClass.LOWER;
    }

    /**
     * Who reads UTF-8 as windows-1250 writes Central European text: decoded letters that code page
     * lacks are evidence against it. Only for the regional Windows and ISO pages: windows-1252,
     * MacRoman and cp437 are read by everyone.
     */
    private static float outsideRepertoire(String fixed, Codec wrong) {
        if (!wrong.isRegional()) {
            return 0f;
        }
        float p = 0;
        for (int i = 0; i < fixed.length(); i++) {
            char c = fixed.charAt(i);
            if (c >= 0x80 && CharClass.script(c) == CharClass.S_LATIN && wrong.encode(c) == Codec.NONE) {
                p += 3f;
            }
        }
        return p;
    }

    /**
     * Decodes one UTF-8 sequence starting at {@code q} (a byte 0x80 or above) into {@code sb}, with
     * lost bytes recovered where possible; returns its length in bytes, or 0 when there is none.
     */
    private static int decodeSequence(Runs r, int q, StringBuilder sb, int[] flags) {
        int b0 = r.bytes[q];
        if (b0 < 0xC2 || b0 > 0xF4) {
            return 0;
        }
        int need = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2;
        // CESU-8: a surrogate pair encoded as two 3-byte sequences
        if (b0 == 0xED && q + 5 < r.nb + 0 && isRange(r, q + 1, 0xA0, 0xAF) && isRange(r, q + 2, 0x80, 0xBF)
                && r.bytes[q + 3] == 0xED && isRange(r, q + 4, 0xB0, 0xBF) && isRange(r, q + 5, 0x80, 0xBF)) {
            int hi = 0xD000 | (r.bytes[q + 1] & 0x3F) << 6 | r.bytes[q + 2] & 0x3F;
            int lo = 0xD000 | (r.bytes[q + 4] & 0x3F) << 6 | r.bytes[q + 5] & 0x3F;
            sb.append((char) hi).append((char) lo);
            flags[0] |= STRICT;
            return 6;
        }
        if (q + need <= r.nb) {
            int lo = 0x80;
            int hi = 0xBF;
            if (b0 == 0xE0) {
                lo = 0xA0;
            } else if (b0 == 0xED) {
                hi = 0x9F;
            } else if (b0 == 0xF0) {
                lo = 0x90;
            } else if (b0 == 0xF4) {
                hi = 0x8F;
            }
            boolean ok = isRange(r, q + 1, lo, hi);
            for (int k = 2; k < need && ok; k++) {
                ok = isRange(r, q + k, 0x80, 0xBF);
            }
            if (ok) {
                int cp = b0 & (0xFF >> (need + 1));
                for (int k = 1; k < need; k++) {
                    cp = cp << 6 | r.bytes[q + k] & 0x3F;
                }
                sb.appendCodePoint(cp);
                flags[0] |= STRICT;
                return need;
            }
        }
        // lossy: a space where 0xA0 was (the NBSP byte turned into a space)
        if (need == 2 && q + 1 < r.nb && r.bytes[q + 1] == 0x20 && isNbspLead(b0)) {
            char c = (char) ((b0 & 0x1F) << 6 | 0x20);
            sb.append(c);
            flags[0] |= LOSSY_GUESS;
            // "Ã le" is "à le": the 0xA0 was dropped and the space is real
            return b0 == 0xC3 && !consumesSpace(r, q + 2) ? 1 : 2;
        }
        // lossy: continuation bytes lost (U+FFFD), replaced by '?', or 0xA0 turned into a space
        int k = 1;
        int lostMarks = 0;
        int guesses = 0;
        int spaces = 0;
        int cp = b0 & (0xFF >> (need + 1));
        while (k < need && q + k < r.nb) {
            int v = r.bytes[q + k];
            if (v == LOST && lostMarks == 0) {
                lostMarks++;
            } else if (v == '?' && guesses == 0) {
                guesses++;
            } else if (v == ' ' && need > 2 && spaces == 0) {
                spaces++;
                v = 0xA0;
            } else if (v < 0x80 || v > 0xBF) {
                break;
            }
            cp = cp << 6 | v & 0x3F;
            k++;
        }
        boolean valid = need == 3 ? cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF) : cp >= 0x10000 && cp <= 0x10FFFF;
        if (spaces > 0 && lostMarks + guesses == 0 && k == need && valid) {
            sb.appendCodePoint(cp);
            flags[0] |= LOSSY_GUESS;
            return k;
        }
        if (lostMarks + guesses > 0 && (q + k >= r.nb || r.bytes[q + k] != LOST)) {
            sb.append('\uFFFD');
            flags[0] |= guesses > 0 ? LOSSY_GUESS : LOSSY_MARK;
            return k;
        }
        if (r.latin && (q + 1 >= r.nb || r.bytes[q + 1] < 0x80)) {
            // only before ASCII: before another lead the lead may belong to a layer of its own
            char lost = droppedC1(r, q, b0, sb);
            if (lost != 0) {
                sb.append(lost);
                flags[0] |= LOSSY_GUESS;
                return 1;
            }
        }
        return 0;
    }

    /**
     * UTF-8 read as Latin-1 whose C1 controls were then dropped: a lead with no continuation
     * after it lost bytes 0x80..0x9F. For a letter lead (Latin-1, Latin Extended-A, Greek,
     * Cyrillic) the letter is chosen by the letter models, between its neighbours; for E2, the
     * lead of U+2000..U+201F, only the two readings context settles: an apostrophe between
     * letters ({@code Itâs}) and an en dash between spaces. 0 when nothing fits. Lossy: used only
     * where the line is proven garbled by the same decoder.
     */
    private static char droppedC1(Runs r, int q, int b0, StringBuilder sb) {
        int at = r.charAt(q);
        char prev = sb.length() > 0 ? sb.charAt(sb.length() - 1) : at > 0 ? r.text.charAt(at - 1) : ' ';
        int nextByte = q + 1 < r.nb ? r.bytes[q + 1] : r.end < r.text.length() ? r.text.charAt(r.end) : ' ';
        char next = nextByte < 0x80 ? (char) nextByte : 0; // 0: not known yet (another lead)
        boolean letterLead = b0 == 0xC3 || b0 == 0xC4 || b0 == 0xC5 || b0 == 0xCE || b0 == 0xCF || b0 == 0xD0
                || b0 == 0xD1;
        boolean between = Character.isLetter(prev) && next != 0 && Character.isLetter(next);
        if (b0 == 0xE2 && !between) {
            return prev == ' ' && next == ' ' ? '\u2013' : 0;
        }
        if (b0 != 0xE2 && !letterLead) {
            return 0;
        }
        char tp = LetterModel.token(prev);
        char tn = next == 0 ? 0 : LetterModel.token(next);
        if (r.language == null) {
            r.language = LegacyPage.bestLanguage(r.text);
        }
        // the character as it stands ("grâce", "Äkk", "În") must be clearly the less likely one
        char self = LetterModel.token(r.text.charAt(at));
        if (b0 == 0xE2) {
            // only in a language that seldom writes the letter as it stands (English "Itâs", not
            // French "grâce")
            return r.language.unigram(self) < RARE_LETTER ? '\u2019' : 0;
        }
        Iterable<LetterModel> models = b0 == 0xC3 ? List.of(r.language) : LetterModel.all().values();
        float asIs = Float.NEGATIVE_INFINITY;
        for (LetterModel m : models) {
            asIs = Math.max(asIs, m.logProb(tp, self) + (tn == 0 ? 0f : m.logProb(self, tn)));
        }
        char best = 0;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int low = 0x80; low <= 0x9F; low++) {
            char c = (char) ((b0 & 0x1F) << 6 | low & 0x3F);
            if (!Character.isLetter(c)) {
                continue;
            }
            char tc = LetterModel.token(c);
            float score = Float.NEGATIVE_INFINITY;
            for (LetterModel m : models) {
                float x = m.logProb(tp, tc) + (tn == 0 ? 0f : m.logProb(tc, tn));
                score = Math.max(score, x);
            }
            if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                score -= 4f; // a capital after a small letter
            }
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return bestScore > asIs + GUESS_MARGIN ? best : 0;
    }

    /** Log-probability below which a letter is rare in a language (about 1 in 10,000 tokens). */
    private static final float RARE_LETTER = -9.2f;

    /** Nats a guessed character must beat the character as it stands by. */
    private static final float GUESS_MARGIN = 3f;

    /** Leads whose sequence with 0xA0 is a common character: NBSP, à, Š, Π, Р, נ. */
    private static boolean isNbspLead(int b) {
        return b == 0xC2 || b == 0xC3 || b == 0xC5 || b == 0xCE || b == 0xD0 || b == 0xD7;
    }

    /** After "Ã ": a second space, or Portuguese "às", "àquele", "àquela", "àquilo" take the space. */
    private static boolean consumesSpace(Runs r, int q) {
        if (q >= r.nb || r.bytes[q] == ' ') {
            return true;
        }
        if (r.bytes[q] == 's' && (q + 1 >= r.nb || r.bytes[q + 1] == ' ')) {
            return true;
        }
        int lead = r.charAt(q - 2);
        char prev = lead > 0 ? r.text.charAt(lead - 1) : ' ';
        if (isAsciiLetter(r.bytes[q]) && isAsciiLetter(prev)) {
            // "vÃ o": à inside a word (Vietnamese vào) or at its end before the next ("voilÃ le")?
            // asked of the letter model of the language the line reads as: "xày" or "xà y"?
            if (r.language == null) {
                r.language = LegacyPage.bestLanguage(r.text);
            }
            return insideWordIsLikelier(r.language, (char) (prev | 0x20), (char) (r.bytes[q] | 0x20));
        }
        return q + 3 < r.nb && r.bytes[q] == 'q' && r.bytes[q + 1] == 'u' && (r.bytes[q + 2] == 'e'
                && r.bytes[q + 3] == 'l' || r.bytes[q + 2] == 'i' && r.bytes[q + 3] == 'l');
    }

    private static boolean isAsciiLetter(int b) {
        return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z';
    }

    private static boolean insideWordIsLikelier(LetterModel m, char before, char after) {
        char a = '\u00E0';
        float inside = m.logProb(a, after);
        float atEnd = m.logProb(a, LetterModel.BOUNDARY) + m.logProb(LetterModel.BOUNDARY, after);
        return inside > atEnd;
    }

    private static boolean isRange(Runs r, int k, int lo, int hi) {
        if (k >= r.nb) {
            return false;
        }
        int v = r.bytes[k];
        return v >= lo && v <= hi;
    }

    /**
     * One run of text turned back into bytes, with the char each byte came from. For a
     * single-byte code page byte k is char {@code start + k} and every byte begins a char, so
     * only the bytes are stored.
     */
    static final class Runs {
        int[] bytes = new int[64];
        boolean[] boundary = new boolean[65];
        int[] charOf = new int[65];
        int nb;
        int start;
        int end;
        boolean single;
        String text;
        /** True for windows-1252 (with Latin-1's C1 controls), the decoder whose C1 controls get dropped. */
        boolean latin;
        /** The letter model the whole text reads best in, found when first needed. */
        LetterModel language;

        /** Starts a run at char {@code start} of {@code text}, read by {@code wrong}. */
        void begin(String text, int start, Codec wrong, boolean single) {
            latin = wrong == Codecs.Western.CP1252;
            this.single = single;
            if (this.text != text) {
                this.text = text;
                this.language = null;
            }
            this.start = start;
            int max = 2 * (text.length() - start) + 1;
            if (bytes.length < max) {
                int cap = Math.max(max, 2 * bytes.length);
                bytes = new int[cap];
                boundary = new boolean[cap + 1];
                charOf = new int[cap + 1];
            }
            nb = 0;
        }

        /** Adds the bytes of the char at {@code i}, encoded as {@code e}; true when they begin with a lead byte. */
        boolean add(int e, int i) {
            if ((e & Codec.TWO) != 0 && e != LOST) {
                add(e >> 8 & 0xFF, true, i);
                add(e & 0xFF, false, i);
                int b = e >> 8 & 0xFF;
                return b >= 0xC2 && b <= 0xF4;
            }
            add(e, true, i);
            return e >= 0xC2 && e <= 0xF4;
        }

        void end(int stop) {
            end = stop;
            boundary[nb] = true;
            charOf[nb] = stop;
        }

        private void add(int b, boolean first, int ch) {
            bytes[nb] = b;
            boundary[nb] = first;
            charOf[nb] = ch;
            nb++;
        }

        /** True when byte {@code k} (up to {@code nb}) begins a char. */
        boolean boundary(int k) {
            return single || boundary[k];
        }

        int charAt(int byteIndex) {
            return single ? start + byteIndex : charOf[byteIndex];
        }
    }
}
