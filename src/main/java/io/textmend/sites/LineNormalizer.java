package io.textmend.sites;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Folds a line to the form under which its recurrences are counted, and hashes it to 64 bits.
 *
 * <p>The line is cut into tokens: runs of letters and marks, and runs of digits; everything else
 * (spaces, punctuation, symbols such as {@code ©} or {@code |}) only separates tokens. Letters
 * are lower-cased code point by code point ({@link Character#toLowerCase(int)}, which does not
 * depend on the default locale). A digit run, and a word listed in the per-language date-word
 * files ({@code resources/io/textmend/sites/date-words/}), becomes the token {@code 0}, and
 * neighbouring {@code 0} tokens merge, so "Updated 3 hours ago", "Updated 25 minutes ago" and
 * "© 2024 Site" / "© 2026 Site" fold to one form each. A line with no token is blank (hash 0).
 *
 * <p>Stateless after class loading (the word table is immutable); thread-safe.
 */
public final class LineNormalizer {

    /** Hash of a blank line (no letters or digits). Never the hash of a non-blank line. */
    public static final long BLANK = 0L;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long ZERO_TOKEN = tokenHash("0");
    private static final long[] DATE_WORDS = loadDateWords();
    private static final byte[] ASCII_KIND = asciiKinds();

    private LineNormalizer() {
    }

    /** The 64-bit hash of the folded form of {@code s[from, to)}; {@link #BLANK} when blank. */
    public static long hash(CharSequence s, int from, int to) {
        return fold(s, from, to, null);
    }

    /** The 64-bit hash of the folded form of {@code s}. */
    public static long hash(CharSequence s) {
        return fold(s, 0, s.length(), null);
    }

    /** The folded form itself (tokens joined by one space), for explanations and tests. */
    public static String normalize(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        fold(s, 0, s.length(), out);
        return out.toString();
    }

    private static long fold(CharSequence s, int from, int to, StringBuilder out) {
        long line = FNV_OFFSET;
        boolean any = false;
        boolean lastZero = false;
        int i = from;
        while (i < to) {
            char ch = s.charAt(i);
            int cp = Character.isSurrogate(ch) ? Character.codePointAt(s, i) : ch;
            int kind = kind(cp);
            if (kind == 0) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            long tok = FNV_OFFSET;
            while (i < to) {
                ch = s.charAt(i);
                cp = Character.isSurrogate(ch) ? Character.codePointAt(s, i) : ch;
                if (kind(cp) != kind) {
                    break;
                }
                tok = (tok ^ lower(cp)) * FNV_PRIME;
                i += Character.charCount(cp);
            }
            boolean zero = kind == 2 || Arrays.binarySearch(DATE_WORDS, tok) >= 0;
            if (zero && lastZero) {
                continue;
            }
            long t = zero ? ZERO_TOKEN : tok;
            line = (line ^ t) * FNV_PRIME;
            line = Long.rotateLeft(line, 23);
            if (out != null) {
                if (any) {
                    out.append(' ');
                }
                appendToken(out, s, start, i, zero);
            }
            any = true;
            lastZero = zero;
        }
        if (!any) {
            return BLANK;
        }
        long h = mix(line);
        return h == BLANK ? 1L : h;
    }

    private static void appendToken(StringBuilder out, CharSequence s, int start, int end, boolean zero) {
        if (zero) {
            out.append('0');
            return;
        }
        for (int j = start; j < end; ) {
            int cp = Character.codePointAt(s, j);
            out.appendCodePoint(Character.toLowerCase(cp));
            j += Character.charCount(cp);
        }
    }

    /** 1 for letters and combining marks, 2 for digits, 0 for everything else. */
    private static int kind(int cp) {
        if (cp < 128) {
            return ASCII_KIND[cp];
        }
        return switch (Character.getType(cp)) {
            case Character.DECIMAL_DIGIT_NUMBER -> 2;
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> 1;
            default -> 0;
        };
    }

    private static byte[] asciiKinds() {
        byte[] k = new byte[128];
        for (int c = 0; c < 128; c++) {
            k[c] = (byte) (c >= '0' && c <= '9' ? 2 : (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? 1 : 0);
        }
        return k;
    }

    private static int lower(int cp) {
        return cp < 128 ? (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp) : Character.toLowerCase(cp);
    }

    private static long tokenHash(String token) {
        long tok = FNV_OFFSET;
        for (int j = 0; j < token.length(); ) {
            int cp = token.codePointAt(j);
            tok = (tok ^ Character.toLowerCase(cp)) * FNV_PRIME;
            j += Character.charCount(cp);
        }
        return tok;
    }

    /** The finaliser of SplitMix64: spreads the FNV state over all 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] loadDateWords() {
        List<Long> hashes = new ArrayList<>();
        for (String lang : resourceLines("date-words/languages.txt")) {
            for (String w : resourceLines("date-words/" + lang + ".txt")) {
                hashes.add(tokenHash(w.toLowerCase(Locale.ROOT)));
            }
        }
        return hashes.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
    }

    private static List<String> resourceLines(String name) {
        try (InputStream in = LineNormalizer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/textmend/sites/" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
