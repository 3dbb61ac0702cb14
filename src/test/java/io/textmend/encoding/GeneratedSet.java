package io.textmend.encoding;

import io.textmend.testing.Corpora;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The clean corpora saved in every legacy charset that can write each language. Documents come
 * from the held-out second half of each main file (the language tables learn from the first
 * half); short lines come from {@code short/} (Tatoeba, never used for training), or from the
 * held-out half when a language has no short file.
 */
final class GeneratedSet {

    /** A language is saved in a charset when the charset writes this share of its non-ASCII lines. */
    static final double MIN_LINES = 0.8;
    static final int DOCS = 12;
    static final int LINES_PER_DOC = 8;
    static final int SHORT_LINES = 60;

    /** One generated input: its bytes and the text they must decode to. */
    record Case(String lang, String charset, byte[] bytes, String text) {
    }

    /** The legacy charsets a file may be saved in: every candidate, plus the ISO-2022 ones. */
    static List<String> charsets() {
        List<String> out = new ArrayList<>();
        for (Candidate c : Candidates.all()) {
            out.add(c.name());
        }
        out.add("iso-2022-jp");
        out.add("iso-2022-kr");
        return out;
    }

    /** Writes text in a charset strictly (legacy spelling allowed), or empty when it cannot. */
    static Optional<byte[]> encode(String text, String charset) {
        Optional<SingleByteCodePage> sb = CodePages.singleByte(charset);
        if (sb.isPresent()) {
            SingleByteCodePage p = sb.get();
            byte[] out = new byte[text.length()];
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                int b = p.encode(c);
                if (b < 0 || c >= 0x80 && c <= 0x9F) {
                    return Optional.empty();
                }
                out[i] = (byte) b;
            }
            return Optional.of(out);
        }
        Charset cs = charset.equals("gb18030") ? Charset.forName("GBK") : CodePages.jdkCharset(charset).orElseThrow();
        CharsetEncoder e = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer bb = e.encode(CharBuffer.wrap(text));
            return Optional.of(Arrays.copyOf(bb.array(), bb.limit()));
        } catch (CharacterCodingException ex) {
            return Optional.empty();
        }
    }

    /** True when the text survives encoding and decoding by textmend's decoder for the charset. */
    static boolean roundTrips(String text, String charset) {
        Optional<byte[]> b = encode(text, charset);
        if (b.isEmpty()) {
            return false;
        }
        Optional<SingleByteCodePage> sb = CodePages.singleByte(charset);
        String back = sb.isPresent() ? sb.get().decode(b.get()) : new String(b.get(), CodePages.jdkCharset(charset).orElseThrow());
        return back.equals(text);
    }

    /**
     * The line as the charset writes it: itself, else (only when {@code legacy}) with cedillas,
     * else decomposed; null when none fits.
     */
    static String spelling(String line, String charset, boolean legacy) {
        if (roundTrips(line, charset)) {
            return line;
        }
        if (!legacy) {
            return null;
        }
        String cedilla = LegacySpelling.withCedillas(line);
        if (roundTrips(cedilla, charset)) {
            return cedilla;
        }
        Optional<SingleByteCodePage> sb = CodePages.singleByte(charset);
        if (sb.isPresent()) {
            String d = LegacySpelling.decomposed(cedilla, c -> c <= 0xFFFF && sb.get().encode((char) c) >= 0);
            if (roundTrips(d, charset)) {
                return d;
            }
        }
        return null;
    }

    private static List<String> fitting(List<String> lines, String cs, boolean legacy) {
        List<String> fit = new ArrayList<>();
        for (String l : lines) {
            String s = spelling(l, cs, legacy);
            if (s != null) {
                fit.add(s);
            }
        }
        return fit;
    }

    static boolean hasNonAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return true;
            }
        }
        return false;
    }

    /** Documents and short lines for one language file, in every charset that writes it. */
    static List<Case> cases(Path file, boolean shortLines) {
        String lang = LanguageTableBuilder.languageOf(file);
        List<String> held = LanguageTableBuilder.heldOutLines(file).stream().filter(GeneratedSet::hasNonAscii).toList();
        Path shortFile = file.resolveSibling("short").resolve(file.getFileName());
        List<String> shorts = Files.exists(shortFile)
                ? Corpora.lines(shortFile).stream().filter(GeneratedSet::hasNonAscii).toList()
                : held.stream().filter(l -> l.length() <= 80).toList();
        List<Case> out = new ArrayList<>();
        for (String cs : charsets()) {
            if (held.isEmpty()) {
                continue;
            }
            // legacy spellings only where the charset cannot write the language directly (cp1258 and Vietnamese)
            boolean legacy = false;
            List<String> fit = fitting(held, cs, false);
            if (fit.size() < MIN_LINES * held.size()) {
                legacy = true;
                fit = fitting(held, cs, true);
                if (fit.size() < MIN_LINES * held.size()) {
                    continue;
                }
            }
            if (shortLines) {
                int n = 0;
                for (String l : shorts) {
                    String s = n < SHORT_LINES ? spelling(l, cs, legacy) : null;
                    if (s != null && hasNonAscii(s)) {
                        out.add(new Case(lang, cs, encode(s, cs).orElseThrow(), s));
                        n++;
                    }
                }
            } else {
                int step = Math.max(LINES_PER_DOC, fit.size() / DOCS);
                for (int d = 0; d < DOCS && d * step + LINES_PER_DOC <= fit.size(); d++) {
                    String doc = String.join("\n", fit.subList(d * step, d * step + LINES_PER_DOC));
                    out.add(new Case(lang, cs, encode(doc, cs).orElseThrow(), doc));
                }
            }
        }
        return out;
    }
}
