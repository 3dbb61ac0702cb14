package io.textmend.boilerplate;

import java.lang.Character.UnicodeScript;

/** One pass over a block's characters: script counts, words, capitals, sentence ends, separators. */
final class BlockScan {

    UnicodeScript script = UnicodeScript.COMMON;
    int words;
    int scriptLetters;
    int cased;
    int capitalised;
    int sentences;
    int separators;
    boolean endsSentence;

    private Language stopwordLanguage;
    private double stopwordShare;

    private BlockScan() {
    }

    /** The block's stopword share for {@code language}, computed once (a scan belongs to one call). */
    double stopwordShare(Language language, String text) {
        if (language != stopwordLanguage) {
            stopwordShare = language.share(text);
            stopwordLanguage = language;
        }
        return stopwordShare;
    }

    /** Scans {@code s}; {@code counts} is cleared and receives the letters per script. */
    static BlockScan of(CharSequence s, int[] counts) {
        Scripts.clear(counts);
        BlockScan r = new BlockScan();
        boolean inWord = false;
        int n = s.length();
        int lastSignificant = -1;
        int latin = UnicodeScript.LATIN.ordinal();
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                // ASCII letters and digits: the common case, without the general Unicode lookups
                boolean letter = c > '9';
                if (letter) {
                    counts[latin]++;
                }
                if (!inWord) {
                    r.words++;
                    inWord = true;
                    if (c >= 'A' && c <= 'Z') {
                        r.cased++;
                        r.capitalised++;
                    } else if (letter) {
                        r.cased++;
                    }
                }
                lastSignificant = c;
                i++;
                continue;
            }
            if (c == ' ') {
                inWord = false;
                i++;
                continue;
            }
            int cp = Character.codePointAt(s, i);
            int len = Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                UnicodeScript sc = Character.isLetter(cp) ? Scripts.of(cp) : UnicodeScript.COMMON;
                if (Character.isLetter(cp)) {
                    counts[sc.ordinal()]++;
                }
                if (Scripts.isCjk(sc)) {
                    r.words++;
                    inWord = false;
                } else if (!inWord) {
                    r.words++;
                    inWord = true;
                    if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                        r.cased++;
                        r.capitalised++;
                    } else if (Character.isLowerCase(cp)) {
                        r.cased++;
                    }
                }
                lastSignificant = cp;
            } else {
                boolean joiner = (cp == '\'' || cp == '’' || cp == '-' || cp == '.') && inWord && i + len < n
                        && Character.isLetterOrDigit(Character.codePointAt(s, i + len));
                if (!joiner && !isMark(cp)) {
                    inWord = false;
                }
                if (isSentenceEnd(cp) && !joiner && (i + len >= n || isBreakAfter(s.charAt(i + len)) || isCjkEnd(cp))) {
                    r.sentences++;
                }
                if (isSeparator(s, i, cp)) {
                    r.separators++;
                }
                if (!Character.isWhitespace(cp) && !isClosing(cp)) {
                    lastSignificant = cp;
                }
            }
            i += len;
        }
        r.endsSentence = lastSignificant >= 0 && isSentenceEnd(lastSignificant);
        r.script = Scripts.top(counts);
        r.scriptLetters = r.script == UnicodeScript.COMMON ? 0 : counts[r.script.ordinal()];
        return r;
    }

    private static boolean isMark(int cp) {
        if (cp < 0x300) {
            return false;
        }
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    static boolean isSentenceEnd(int c) {
        return c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？' || c == '؟' || c == '।'
                || c == '…' || c == '．';
    }

    private static boolean isCjkEnd(int c) {
        return c == '。' || c == '！' || c == '？' || c == '．';
    }

    private static boolean isBreakAfter(char c) {
        return Character.isWhitespace(c) || isClosing(c);
    }

    private static boolean isClosing(int c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']' || c == '」'
                || c == '』' || c == '）' || c == '›' || c == '“';
    }

    /** {@code |}, {@code ¦}, {@code •}, {@code ·} anywhere; {@code >}, {@code /}, {@code »}, {@code -} between spaces. */
    private static boolean isSeparator(CharSequence s, int i, int cp) {
        if (cp == '|' || cp == '¦' || cp == '•' || cp == '·' || cp == '‖' || cp == '｜' || cp == '∙') {
            return true;
        }
        if (cp == '>' || cp == '/' || cp == '»' || cp == '›' || cp == '→' || cp == '\\') {
            return i > 0 && i + 1 < s.length() && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' ';
        }
        return false;
    }
}
