package io.textmend.boilerplate;

import java.lang.Character.UnicodeScript;

/**
 * A block's features, from one pass over its chars: script counts, words, capitals, sentence ends,
 * separators, and its normalised form. The features that depend on the document's language or on
 * a phrase list (stopword share, detection hits, topic terms, phrase matches) are computed the first
 * time a filter asks and kept here, so a block that survives a round of filters is not analysed
 * again in the next. A scan belongs to one text and is shared by the documents made from it
 * ({@link TextDocument#subset}); the cached values are immutable and a race only computes one twice,
 * so a scan is thread-safe.
 */
final class BlockScan {

    final UnicodeScript script;
    final int words;
    final int scriptLetters;
    final int capitalised;
    final int sentences;
    final int separators;
    final boolean endsSentence;
    /** The block's form for phrase matching and repetition ({@link TextDocument#key}). */
    final String normalized;
    /**
     * The block lower-cased char for char ({@link Lower#inPlace}), or null when it holds a char that
     * needs {@code String.toLowerCase}: what {@link Lower#prefix} would give for any prefix, made once.
     */
    private final char[] lower;

    private Share share;
    private Hits hits;
    private TermsOf terms;
    private Object[] phrases;
    private Book book;

    private record Share(Language language, double value) {
    }

    private record Hits(boolean cjk, int[] perLanguage) {
    }

    private record TermsOf(Language language, Topic.Terms terms) {
    }

    private record Book(String[] matches) {
    }

    /** No phrase of the list matches (a cached "null"). */
    private static final Object NONE = new Object();

    private BlockScan(UnicodeScript script, int words, int scriptLetters, int capitalised, int sentences,
            int separators, boolean endsSentence, String normalized, char[] lower) {
        this.script = script;
        this.words = words;
        this.scriptLetters = scriptLetters;
        this.capitalised = capitalised;
        this.sentences = sentences;
        this.separators = separators;
        this.endsSentence = endsSentence;
        this.normalized = normalized;
        this.lower = lower;
    }

    /** The block's stopword share for {@code language}, computed once. */
    double stopwordShare(Language language, String text) {
        Share s = share;
        if (s == null || s.language != language) {
            s = new Share(language, lower == null ? language.share(text) : language.share(lower));
            share = s;
        }
        return s.value;
    }

    /** The block's language-detection hits per language ({@link Language#addDetectionHits}), computed once. */
    int[] detectionHits(boolean cjk, String text) {
        Hits h = hits;
        if (h == null || h.cjk != cjk) {
            int[] a = new int[Language.all().size()];
            if (lower == null || cjk) {
                Language.addDetectionHits(text, cjk, a);
            } else {
                Language.addSpacedHits(lower, lower.length, a);
            }
            h = new Hits(cjk, a);
            hits = h;
        }
        return h.perLanguage;
    }

    /** The block's distinct topic terms for {@code language} ({@link Topic#terms}), computed once. */
    Topic.Terms terms(Language language, String text) {
        TermsOf t = terms;
        if (t == null || t.language != language) {
            t = new TermsOf(language, lower == null ? Topic.terms(language, text) : Topic.terms(language, lower));
            terms = t;
        }
        return t.terms;
    }

    /** The phrase of {@code list} the normalised block matches, or null; computed once per list. */
    String match(Phrases list) {
        int j = list.bookIndex();
        if (j >= 0) {
            Book b = book;
            if (b == null) {
                b = new Book(Phrases.Book.DEFAULT.match(normalized));
                book = b;
            }
            return b.matches[j];
        }
        int slot = 2 * list.id();
        Object[] c = cache(slot);
        Object m = c == null ? null : c[slot];
        if (m == null) {
            String found = list.match(normalized);
            if (c != null) {
                c[slot] = found == null ? NONE : found;
            }
            return found;
        }
        return m == NONE ? null : (String) m;
    }

    /** True when the normalised block is a row of items of {@code list} ({@link Phrases#isRowOfItems}); computed once. */
    boolean isRowOfItems(Phrases list) {
        int slot = 2 * list.id() + 1;
        Object[] c = cache(slot);
        Object m = c == null ? null : c[slot];
        if (m == null) {
            boolean row = list.isRowOfItems(normalized);
            if (c != null) {
                c[slot] = row;
            }
            return row;
        }
        return (Boolean) m;
    }

    /** The phrase cache, made on first use, or null when {@code slot} lies beyond it (a list loaded later). */
    private Object[] cache(int slot) {
        Object[] c = phrases;
        if (c == null) {
            c = new Object[2 * Phrases.loaded()];
            phrases = c;
        }
        return slot < c.length ? c : null;
    }

    /** Reusable arrays for scanning the blocks of one document; not shared between threads. */
    static final class Scratch {
        final int[] counts = new int[Scripts.SCRIPTS];
        final int[] touched = new int[Scripts.SCRIPTS];
        char[] chars = new char[256];
    }

    /** Scans {@code s} with fresh scratch arrays. */
    static BlockScan of(CharSequence s) {
        return of(s.toString(), new Scratch());
    }

    /** Scans {@code s}, {@code scratch} holding the arrays (counts are cleared again afterwards). */
    static BlockScan of(String s, Scratch scratch) {
        int n = s.length();
        if (scratch.chars.length < n) {
            scratch.chars = new char[Math.max(n, scratch.chars.length * 2)];
        }
        char[] a = scratch.chars;
        s.getChars(0, n, a, 0);
        // the lower-cased chars, made in the same pass; null once a char needs String.toLowerCase
        char[] low = new char[n];
        boolean clean = true;
        int[] counts = scratch.counts;
        int[] touched = scratch.touched;
        int scripts = 0;
        int words = 0;
        int capitalised = 0;
        int sentences = 0;
        int separators = 0;
        boolean inWord = false;
        int lastSignificant = -1;
        int latin = UnicodeScript.LATIN.ordinal();
        int asciiLetters = 0;
        for (int i = 0; i < n; ) {
            char c = a[i];
            if (c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                // ASCII letters and digits: the common case, without the general Unicode lookups
                if (!inWord) {
                    words++;
                    inWord = true;
                    if (c >= 'A' && c <= 'Z') {
                        capitalised++;
                    }
                }
                // the rest of the run of ASCII letters and digits, in a tight loop (Latin letters
                // are added to the script counts after the scan)
                int j = i;
                char last;
                do {
                    last = c;
                    if (c > '9') {
                        asciiLetters++;
                        if (c <= 'Z') {
                            c += 32;
                        }
                    }
                    if (low != null) {
                        low[j] = c;
                    }
                    j++;
                } while (j < n && ((c = a[j]) >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'));
                lastSignificant = last;
                i = j;
                continue;
            }
            if (c == ' ') {
                if (low != null) {
                    low[i] = ' ';
                    // TextDocument.normalize's test: a space at an end or before more whitespace
                    if (i == 0 || i == n - 1 || Lower.isWhitespace(a[i + 1])) {
                        clean = false;
                    }
                }
                inWord = false;
                i++;
                continue;
            }
            if (low != null) {
                if (c < 0x80) {
                    low[i] = c;
                    if (c < ' ' && Lower.isWhitespace(c)) {
                        clean = false;
                    }
                } else {
                    int l = Lower.lowerChar(c);
                    if (l < 0) {
                        low = null;
                    } else {
                        low[i] = (char) l;
                        if (Lower.isWhitespace(c)) {
                            clean = false;
                        }
                    }
                }
            }
            int cp = c;
            int len = 1;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(a[i + 1])) {
                cp = Character.toCodePoint(c, a[i + 1]);
                len = 2;
            }
            if (Lower.isLetterOrDigit(cp)) {
                boolean isLetter = Lower.isLetter(cp);
                UnicodeScript sc = isLetter ? Scripts.of(cp) : UnicodeScript.COMMON;
                if (isLetter && counts[sc.ordinal()]++ == 0) {
                    touched[scripts++] = sc.ordinal();
                }
                if (Scripts.isCjk(sc)) {
                    words++;
                    inWord = false;
                } else if (!inWord) {
                    words++;
                    inWord = true;
                    if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                        capitalised++;
                    }
                }
                lastSignificant = cp;
            } else {
                boolean joiner = (cp == '\'' || cp == '’' || cp == '-' || cp == '.') && inWord && i + len < n
                        && Lower.isLetterOrDigit(Character.codePointAt(a, i + len, n));
                if (!joiner && !isMark(cp)) {
                    inWord = false;
                }
                if (isSentenceEnd(cp) && !joiner && (i + len >= n || isBreakAfter(a[i + len]) || isCjkEnd(cp))) {
                    sentences++;
                }
                if (isSeparator(a, n, i, cp)) {
                    separators++;
                }
                if (!Lower.isWhitespace(cp) && !isClosing(cp)) {
                    lastSignificant = cp;
                }
            }
            i += len;
        }
        if (asciiLetters > 0) {
            if (counts[latin] == 0) {
                touched[scripts++] = latin;
            }
            counts[latin] += asciiLetters;
        }
        // the script with the most letters, the lowest ordinal on a tie; then the counts are cleared
        int best = -1;
        int max = 0;
        for (int k = 0; k < scripts; k++) {
            int o = touched[k];
            if (counts[o] > max || counts[o] == max && o < best) {
                max = counts[o];
                best = o;
            }
            counts[o] = 0;
        }
        UnicodeScript script = best < 0 ? UnicodeScript.COMMON : Scripts.byOrdinal(best);
        boolean endsSentence = lastSignificant >= 0 && isSentenceEnd(lastSignificant);
        int scriptLetters = script == UnicodeScript.COMMON ? 0 : max;
        return new BlockScan(script, words, scriptLetters, capitalised, sentences, separators, endsSentence,
                TextDocument.key(s, low, clean), low);
    }

    private static boolean isMark(int cp) {
        if (cp < 0x300) {
            return false;
        }
        return Lower.isMark(cp);
    }

    static boolean isSentenceEnd(int c) {
        return c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？' || c == '؟' || c == '।'
                || c == '…' || c == '．';
    }

    private static boolean isCjkEnd(int c) {
        return c == '。' || c == '！' || c == '？' || c == '．';
    }

    private static boolean isBreakAfter(char c) {
        return Lower.isWhitespace(c) || isClosing(c);
    }

    private static boolean isClosing(int c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']' || c == '」'
                || c == '』' || c == '）' || c == '›' || c == '“';
    }

    /** {@code |}, {@code ¦}, {@code •}, {@code ·} anywhere; {@code >}, {@code /}, {@code »}, {@code -} between spaces. */
    private static boolean isSeparator(char[] a, int n, int i, int cp) {
        if (cp == '|' || cp == '¦' || cp == '•' || cp == '·' || cp == '‖' || cp == '｜' || cp == '∙') {
            return true;
        }
        if (cp == '>' || cp == '/' || cp == '»' || cp == '›' || cp == '→' || cp == '\\') {
            return i > 0 && i + 1 < n && a[i - 1] == ' ' && a[i + 1] == ' ';
        }
        return false;
    }
}
