package io.textmend.encoding;

import io.textmend.Change;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns bytes into text. Precedence: BOM; the caller's charset; a declaration (HTTP
 * {@code Content-Type}, {@code <meta charset>}, {@code <meta http-equiv>}, XML declaration) checked
 * against the bytes; valid UTF-8; statistical detection.
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class EncodingDetector {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_DECL = Pattern.compile(
            "^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);

    private final EncodingOptions options;

    public EncodingDetector(EncodingOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public static EncodingDetector defaults() {
        return new EncodingDetector(EncodingOptions.defaults());
    }

    public EncodingOptions options() {
        return options;
    }

    /** Decodes bytes that carry no HTTP headers. */
    public DecodedText decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * Decodes bytes.
     *
     * @param bytes       the raw input
     * @param contentType the HTTP {@code Content-Type} value sent with the bytes, or {@code null}
     * @throws BinaryInputException when the bytes are not text and the options refuse binary input
     */
    public DecodedText decode(byte[] bytes, String contentType) {
        Objects.requireNonNull(bytes, "bytes");
        DecodedText bom = Bom.decode(bytes);
        if (bom != null) {
            return bom;
        }
        if (options.refuseBinary()) {
            String why = Binary.reason(bytes);
            if (why != null) {
                throw new BinaryInputException(why);
            }
        }
        String wide = Utf16.guess(bytes, 8192);
        if (wide != null) {
            return decodeWith(bytes, wide, Charset.forName(wide), 0.9, DecodeSource.DETECTED);
        }
        if (options.givenCharset() != null) {
            Optional<Charset> cs = CodePages.jdkCharset(options.givenCharset());
            if (cs.isPresent()) {
                return decodeWith(bytes, CodePages.canonicalName(options.givenCharset()), cs.get(), 1.0,
                        DecodeSource.GIVEN);
            }
        }
        boolean validUtf8 = Utf8.isValid(bytes);
        String declared = declared(bytes, contentType);
        if (declared != null) {
            DecodedText d = checkDeclared(bytes, declared, validUtf8);
            if (d != null) {
                return d;
            }
        }
        if (validUtf8) {
            return new DecodedText(new String(bytes, StandardCharsets.UTF_8), "utf-8",
                    Utf8.isAscii(bytes, 0, bytes.length) ? 1.0 : 0.99, DecodeSource.DETECTED, List.of());
        }
        if (options.repairMixed() && mostlyUtf8(bytes)) {
            return decodeMixed(bytes);
        }
        return detect(bytes);
    }

    private static DecodedText decodeWith(byte[] bytes, String name, Charset cs, double conf, DecodeSource src) {
        return new DecodedText(new String(bytes, cs), name, conf, src, List.of());
    }

    /** The charset the input declares, or null. The HTTP header wins over the document. */
    static String declared(byte[] bytes, String contentType) {
        if (contentType != null) {
            Matcher m = HEADER_CHARSET.matcher(contentType);
            if (m.find() && CodePages.jdkCharset(m.group(1)).isPresent()) {
                return m.group(1);
            }
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher x = XML_DECL.matcher(head);
        if (x.find() && CodePages.jdkCharset(x.group(1)).isPresent()) {
            return x.group(1);
        }
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            if (CodePages.jdkCharset(m.group(1)).isPresent()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** Honours a declaration unless the bytes contradict it; returns null when they do. */
    private DecodedText checkDeclared(byte[] bytes, String declared, boolean validUtf8) {
        String canon = CodePages.canonicalName(declared);
        Charset cs = CodePages.jdkCharset(declared).orElseThrow();
        if (canon.equals("utf-8")) {
            return validUtf8 ? decodeWith(bytes, "utf-8", StandardCharsets.UTF_8, 1.0, DecodeSource.DECLARED) : null;
        }
        if (canon.startsWith("utf-16") || canon.startsWith("utf-32")) {
            return null;
        }
        if (validUtf8 && !Utf8.isAscii(bytes, 0, bytes.length)) {
            return null; // non-ASCII bytes that are valid UTF-8 are not legacy text
        }
        String text = new String(bytes, cs);
        if (text.indexOf('\uFFFD') >= 0 && canon.matches("gb18030|big5|shift_jis|euc-kr|euc-jp")) {
            return null; // bytes the declared multi-byte charset cannot read
        }
        return new DecodedText(text, canon, 0.95, DecodeSource.DECLARED, List.of());
    }

    private static boolean mostlyUtf8(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < bytes.length) {
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int n = Utf8.sequenceLength(bytes, i, bytes.length);
            if (n > 0) {
                valid++;
                i += n;
            } else {
                invalid++;
                i++;
            }
        }
        return valid >= 3 && valid >= 2 * invalid;
    }

    /** A UTF-8 file with legacy fragments: keep the UTF-8, decode each invalid run with windows-1252. */
    private DecodedText decodeMixed(byte[] bytes) {
        SingleByteCodePage cp = CodePages.singleByte("windows-1252").orElseThrow();
        StringBuilder out = new StringBuilder(bytes.length);
        List<Change> spans = new ArrayList<>();
        int i = 0;
        int runStart = 0;
        while (i < bytes.length) {
            int n = Utf8.sequenceLength(bytes, i, bytes.length);
            if (n > 0) {
                i += n;
                continue;
            }
            out.append(new String(bytes, runStart, i - runStart, StandardCharsets.UTF_8));
            int bad = i;
            while (i < bytes.length && Utf8.sequenceLength(bytes, i, bytes.length) == 0) {
                i++;
            }
            String piece = cp.decode(bytes, bad, i - bad);
            spans.add(new Change("encoding", "mixed_encoding", out.length(), out.length() + piece.length(),
                    piece, piece, "bytes " + bad + ".." + i + " decoded as windows-1252"));
            out.append(piece);
            runStart = i;
        }
        out.append(new String(bytes, runStart, bytes.length - runStart, StandardCharsets.UTF_8));
        return new DecodedText(out.toString(), "utf-8", 0.8, DecodeSource.DETECTED, spans);
    }

    private static DecodedText detect(byte[] bytes) {
        UniversalDetector d = new UniversalDetector();
        d.handleData(bytes, 0, bytes.length);
        d.dataEnd();
        String name = d.getDetectedCharset();
        if (name != null) {
            Optional<Charset> cs = CodePages.jdkCharset(name);
            if (cs.isPresent()) {
                return decodeWith(bytes, CodePages.canonicalName(name), cs.get(), 0.7, DecodeSource.DETECTED);
            }
        }
        SingleByteCodePage cp = CodePages.singleByte("windows-1252").orElseThrow();
        return new DecodedText(cp.decode(bytes), "windows-1252", 0.3, DecodeSource.DETECTED, List.of());
    }

    @Override
    public String toString() {
        return "EncodingDetector" + options.toString().toLowerCase(Locale.ROOT).substring("encodingoptions".length());
    }
}
