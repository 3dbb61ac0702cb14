package io.textmend.encoding;

import io.textmend.testing.Corpora;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The files of {@code charset-detection}: bytes, label, and the text the label gives. */
final class LabelledCorpus {

    /** uchardet's label names the JDK spells differently. */
    private static final Map<String, String> JDK_NAMES = Map.ofEntries(
            Map.entry("ascii", "US-ASCII"), Map.entry("mac-centraleurope", "x-MacCentralEurope"),
            Map.entry("mac-cyrillic", "x-MacCyrillic"), Map.entry("uhc", "x-windows-949"),
            Map.entry("johab", "x-Johab"), Map.entry("euc-tw", "x-EUC-TW"), Map.entry("cp737", "x-IBM737"),
            Map.entry("iso-8859-11", "x-iso-8859-11"), Map.entry("tis-620", "TIS-620"));

    record Labelled(Path path, String lang, String label, byte[] bytes, String text) {
        String family() {
            return LabelledCorpus.family(label);
        }
    }

    private LabelledCorpus() {
    }

    static List<Labelled> load() {
        Path root = Corpora.path("charset-detection").resolve("data");
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().map(LabelledCorpus::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Labelled read(Path p) {
        try {
            byte[] b = Files.readAllBytes(p);
            String name = p.getFileName().toString();
            String label = name.substring(0, name.indexOf('.'));
            return new Labelled(p, p.getParent().getFileName().toString(), label, b, decode(label, b));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The charset a label names: the JDK's when it has one, else textmend's own table. */
    static Optional<Charset> jdk(String label) {
        String n = JDK_NAMES.getOrDefault(label, label);
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The text the label gives (strict for JDK charsets: a label that does not fit fails loudly). */
    static String decode(String label, byte[] b) {
        Optional<Charset> cs = jdk(label);
        if (cs.isPresent()) {
            try {
                return cs.get().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                return null;
            }
        }
        return CodePages.singleByte(label).orElseThrow(() -> new IllegalStateException("no table for " + label))
                .decode(b);
    }

    /** The longest prefix of at most {@code max} bytes that ends on a character boundary, or null. */
    static byte[] prefix(Labelled f, int max) {
        String text = f.text();
        for (int n = Math.min(max, f.bytes().length); n > 0; n--) {
            byte[] p = java.util.Arrays.copyOf(f.bytes(), n);
            String t = decode(f.label(), p);
            if (t != null && text.startsWith(t) && !t.isEmpty()) {
                return p;
            }
        }
        return null;
    }

    static String family(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.startsWith("utf") || l.equals("ascii")) {
            return "unicode";
        }
        return switch (l) {
            case "iso-8859-1", "iso-8859-15", "windows-1252", "ibm865", "macintosh" -> "western";
            case "iso-8859-2", "windows-1250", "ibm852", "mac-centraleurope", "iso-8859-16" -> "central european";
            case "iso-8859-3" -> "south european";
            case "iso-8859-4", "iso-8859-10", "iso-8859-13", "windows-1257" -> "baltic";
            case "iso-8859-5", "windows-1251", "koi8-r", "koi8-u", "ibm855", "ibm866", "mac-cyrillic" -> "cyrillic";
            case "iso-8859-7", "windows-1253", "cp737" -> "greek";
            case "iso-8859-8", "windows-1255", "ibm862" -> "hebrew";
            case "iso-8859-6", "windows-1256" -> "arabic";
            case "iso-8859-9", "windows-1254" -> "turkish";
            case "iso-8859-11", "tis-620", "windows-874" -> "thai";
            case "windows-1258", "viscii" -> "vietnamese";
            case "georgian-academy", "georgian-ps" -> "georgian";
            default -> "cjk";
        };
    }
}
