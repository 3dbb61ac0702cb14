package io.textmend.boilerplate;

import java.util.HashSet;
import java.util.Set;

/**
 * The content terms of a stretch of text: words of three letters or more that are not stopwords,
 * or for Chinese and Japanese pairs of adjacent letters. A paragraph that shares many of them with
 * the article before it continues the article; a teaser for another story does not. A block's
 * terms are computed once ({@link BlockScan#terms}); a topic is built per call and not shared.
 */
final class Topic {

    /** A block's terms are taken from its first chars only; a paragraph's head tells its topic. */
    private static final int MAX_CHARS = 400;

    /** Packed terms ({@link #pack}) in an open-addressing table; 0 marks a free slot. */
    private long[] packed = new long[64];
    private int packedSize;
    /** Terms too long or too wide to pack. */
    private final Set<String> others = new HashSet<>();

    /**
     * A block's distinct terms: those that fit in a long ({@link #pack}) and the others as strings.
     * Immutable once made.
     */
    static final class Terms {

        static final Terms NONE = new Terms(new long[0], new String[0]);

        final long[] packed;
        final String[] others;

        Terms(long[] packed, String[] others) {
            this.packed = packed;
            this.others = others;
        }

        int size() {
            return packed.length + others.length;
        }
    }

    /** Adds the terms of a block ({@link TextDocument#terms}). */
    void add(Terms blockTerms) {
        for (long k : blockTerms.packed) {
            addPacked(k);
        }
        for (String t : blockTerms.others) {
            others.add(t);
        }
    }

    private void addPacked(long k) {
        if (2 * (packedSize + 1) > packed.length) {
            long[] old = packed;
            packed = new long[old.length * 2];
            packedSize = 0;
            for (long o : old) {
                if (o != 0) {
                    insert(packed, o);
                    packedSize++;
                }
            }
        }
        if (insert(packed, k)) {
            packedSize++;
        }
    }

    /** Puts {@code k} into the table; false when it was there already. */
    private static boolean insert(long[] table, long k) {
        int mask = table.length - 1;
        for (int slot = mix(k) & mask; ; slot = (slot + 1) & mask) {
            long o = table[slot];
            if (o == 0) {
                table[slot] = k;
                return true;
            }
            if (o == k) {
                return false;
            }
        }
    }

    private static boolean contains(long[] table, long k) {
        int mask = table.length - 1;
        for (int slot = mix(k) & mask; ; slot = (slot + 1) & mask) {
            long o = table[slot];
            if (o == 0) {
                return false;
            }
            if (o == k) {
                return true;
            }
        }
    }

    private static int mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) ^ (int) h;
    }

    /** Share of a block's distinct terms already in this topic; 0 when it has none. */
    double overlap(Terms blockTerms) {
        int n = blockTerms.size();
        if (n == 0) {
            return 0;
        }
        int hit = 0;
        for (long k : blockTerms.packed) {
            if (contains(packed, k)) {
                hit++;
            }
        }
        for (String s : blockTerms.others) {
            if (others.contains(s)) {
                hit++;
            }
        }
        return (double) hit / n;
    }

    /**
     * The term {@code a[from, from + len)} as one long, or 0 when it does not fit: up to five chars
     * below U+1000 at 12 bits each, or up to three chars of any value at 16 bits each, with a tag in
     * the top four bits that tells the two layouts and the length apart (so no two terms share a
     * key, and no term packs to 0).
     */
    static long pack(char[] a, int from, int len) {
        if (len <= 0) {
            return 0;
        }
        if (len <= 5) {
            long k = 0;
            boolean narrow = true;
            for (int i = 0; i < len; i++) {
                char c = a[from + i];
                if (c >= 0x1000) {
                    narrow = false;
                    break;
                }
                k |= (long) c << (12 * i);
            }
            if (narrow) {
                return (long) len << 60 | k;
            }
        }
        if (len <= 3) {
            long k = 0;
            for (int i = 0; i < len; i++) {
                k |= (long) a[from + i] << (16 * i);
            }
            return (long) (len + 5) << 60 | k;
        }
        return 0;
    }

    /**
     * A crude stem, enough to match a word with its inflected forms: Korean keeps its first two
     * syllables (the particles follow), Arabic drops the article and joined conjunctions, other
     * scripts keep five letters.
     */
    static String stem(String w) {
        Character.UnicodeScript sc = Scripts.of(w.charAt(0));
        if (sc == Character.UnicodeScript.HANGUL) {
            return w.length() > 2 ? w.substring(0, 2) : w;
        }
        if (sc == Character.UnicodeScript.ARABIC) {
            for (String pre : ARABIC_PREFIXES) {
                if (w.startsWith(pre) && w.length() - pre.length() >= 3) {
                    w = w.substring(pre.length());
                    break;
                }
            }
            return w.length() > 4 ? w.substring(0, 4) : w;
        }
        return w.length() > 5 ? w.substring(0, 5) : w;
    }

    private static final String[] ARABIC_PREFIXES = {"وال", "بال", "كال", "فال", "لل", "ال", "و"};

    /** The distinct content terms of {@code text} for {@code language}, from its first {@value #MAX_CHARS} chars. */
    static Terms terms(Language language, String text) {
        char[] s = Lower.prefix(text, MAX_CHARS);
        return terms(language, s, s.length);
    }

    /** {@link #terms(Language, String)} of a text already lower-cased char for char ({@link Lower#inPlace}). */
    static Terms terms(Language language, char[] lower) {
        return terms(language, lower, Math.min(MAX_CHARS, lower.length));
    }

    private static Terms terms(Language language, char[] s, int n) {
        Collector out = new Collector();
        int i = 0;
        while (i < n) {
            char c0 = s[i];
            if (c0 < 0x80) {
                if (!Lower.isLetterOrDigit(c0)) {
                    i++;
                    continue;
                }
            } else {
                int cp = Character.codePointAt(s, i, n);
                if (!Lower.isLetterOrDigit(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                if (Scripts.isCjk(Scripts.of(cp))) {
                    int next = i + Character.charCount(cp);
                    if (next < n) {
                        int cp2 = Character.codePointAt(s, next, n);
                        if (Lower.isLetter(cp2) && Scripts.isCjk(Scripts.of(cp2))) {
                            out.add(s, i, next + Character.charCount(cp2) - i);
                        }
                    }
                    i = next;
                    continue;
                }
            }
            int start = i;
            int h = 0;
            // by code point: a letter outside the BMP (𝐁, 𞤀) is part of the word, not a char that stops it
            while (i < n) {
                char c = s[i];
                if (c < 0x80) {
                    if (!Lower.isLetterOrDigit(c)) {
                        break;
                    }
                    h = 31 * h + c;
                    i++;
                    continue;
                }
                int cp = Character.codePointAt(s, i, n);
                if (!Lower.isLetterOrDigit(cp) || Scripts.isCjk(Scripts.of(cp))) {
                    break;
                }
                h = 31 * h + c;
                if (cp > 0xFFFF) {
                    h = 31 * h + s[i + 1];
                }
                i += Character.charCount(cp);
            }
            int len = i - start;
            if (len >= 2 && !language.isStopword(s, start, i, h)) {
                Character.UnicodeScript sc = c0 < 0x80 ? Character.UnicodeScript.LATIN : Scripts.of(s[start]);
                if (sc != Character.UnicodeScript.HANGUL && sc != Character.UnicodeScript.ARABIC) {
                    // stem() keeps five chars; a stem of two is too short outside Korean
                    if (len >= 3) {
                        out.add(s, start, Math.min(5, len));
                    }
                    continue;
                }
                String stem = stem(new String(s, start, len));
                if (stem.length() >= 2 && (stem.length() >= 3 || Scripts.of(stem.charAt(0)) == Character.UnicodeScript.HANGUL)) {
                    out.add(stem.toCharArray(), 0, stem.length());
                }
            }
        }
        return out.terms();
    }

    /** Gathers a block's distinct terms: packed ones in a small open-addressing table, the rest in a set. */
    private static final class Collector {

        private long[] table = new long[32];
        private int size;
        private Set<String> others;

        void add(char[] a, int from, int len) {
            long k = pack(a, from, len);
            if (k == 0) {
                if (others == null) {
                    others = new HashSet<>();
                }
                others.add(new String(a, from, len));
                return;
            }
            if (2 * (size + 1) > table.length) {
                long[] old = table;
                table = new long[old.length * 2];
                for (long o : old) {
                    if (o != 0) {
                        insert(table, o);
                    }
                }
            }
            if (insert(table, k)) {
                size++;
            }
        }

        Terms terms() {
            if (size == 0 && others == null) {
                return Terms.NONE;
            }
            long[] p = new long[size];
            int w = 0;
            for (long o : table) {
                if (o != 0) {
                    p[w++] = o;
                }
            }
            return new Terms(p, others == null ? new String[0] : others.toArray(new String[0]));
        }
    }
}
