package io.textmend.encoding;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns bytes into text. Precedence: a BOM; the caller's charset; a declaration (HTTP
 * {@code Content-Type}, XML declaration, {@code <meta charset>}, {@code <meta http-equiv>}) checked
 * against the bytes; valid UTF-8 (a fast path); ISO-2022 escapes; UTF-8 with legacy fragments;
 * statistical detection ({@link StatisticalDetector}).
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class EncodingDetector {

    /** A declared single-byte charset is kept unless detection beats it by more than this (natural log). */
    private static final double DECLARED_TOLERANCE = 12;
    /** Fewer non-ASCII bytes than this never overrule a declaration that reads every byte. */
    private static final int MIN_EVIDENCE_TO_OVERRULE = 16;

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
        String given = options.givenCharset() == null ? null : CodePages.canonicalName(options.givenCharset());
        boolean givenWide = given != null && (given.startsWith("utf-16") || given.startsWith("utf-32"));
        if (options.refuseBinary() && !givenWide) {
            String why = Binary.reason(bytes);
            if (why != null) {
                throw new BinaryInputException(why);
            }
        }
        if (given != null) {
            DecodedText d = decodeAs(bytes, given, 1.0, DecodeSource.GIVEN);
            if (d != null) {
                return d;
            }
        }
        String wide = Utf16.guess(bytes, 8192);
        if (wide != null) {
            return decodeAs(bytes, wide, 0.9, DecodeSource.DETECTED);
        }
        boolean validUtf8 = Utf8.isValid(bytes);
        String declared = Declarations.find(bytes, contentType);
        if (declared != null) {
            DecodedText d = checkDeclared(bytes, declared, validUtf8);
            if (d != null) {
                return d;
            }
        }
        if (validUtf8 && Iso2022.detect(bytes) == null) {
            return new DecodedText(Utf8.decodeValid(bytes), "utf-8",
                    Utf8.isAscii(bytes, 0, bytes.length) ? 1.0 : 0.99, DecodeSource.DETECTED, List.of());
        }
        return detectLegacy(bytes);
    }

    /** Bytes that are not valid UTF-8 and declare nothing trustworthy. */
    private DecodedText detectLegacy(byte[] bytes) {
        String iso = Iso2022.detect(bytes);
        if (iso != null) {
            DecodedText d = decodeAs(bytes, iso, 0.95, DecodeSource.DETECTED);
            if (d != null && d.text().indexOf('\uFFFD') < 0) {
                return d;
            }
        }
        if (options.repairMixed() && MixedDecoder.mostlyUtf8(bytes)) {
            return MixedDecoder.decode(bytes);
        }
        String wide = Utf16.guessByScoring(bytes);
        if (wide != null) {
            return decodeAs(bytes, wide, 0.8, DecodeSource.DETECTED);
        }
        byte[] stats = Markup.forStatistics(bytes);
        StatisticalDetector.Ranking r = StatisticalDetector.rank(stats, 0, stats.length);
        return fromRanking(bytes, r);
    }

    private static DecodedText fromRanking(byte[] bytes, StatisticalDetector.Ranking r) {
        Candidate c = r.best().candidate();
        return new DecodedText(c.decode(bytes, 0, bytes.length), c.name(), r.confidence(), DecodeSource.DETECTED,
                List.of());
    }

    /** Honours a declaration unless the bytes contradict it; returns null when they do. */
    private DecodedText checkDeclared(byte[] bytes, String declared, boolean validUtf8) {
        String canon = CodePages.canonicalName(declared);
        if (canon.equals("utf-8")) {
            if (validUtf8) {
                return new DecodedText(Utf8.decodeValid(bytes), "utf-8", 1.0, DecodeSource.DECLARED,
                        List.of());
            }
            return null;
        }
        if (canon.startsWith("utf-16") || canon.startsWith("utf-32") || canon.startsWith("iso-2022")) {
            return null; // an ASCII-compatible document cannot be in these; the bytes decide
        }
        boolean ascii = Utf8.isAscii(bytes, 0, bytes.length);
        if (validUtf8 && !ascii) {
            return null; // non-ASCII bytes that are valid UTF-8 are not legacy text
        }
        DecodedText d = decodeAs(bytes, canon, 0.95, DecodeSource.DECLARED);
        if (d == null || ascii) {
            return d;
        }
        if (nonAscii(bytes) < MIN_EVIDENCE_TO_OVERRULE) {
            // a handful of letters is too little evidence to call the page's declaration a lie
            return d.text().indexOf('\uFFFD') < 0 ? d : null;
        }
        byte[] stats = Markup.forStatistics(bytes);
        StatisticalDetector.Ranking r = StatisticalDetector.rank(stats, 0, stats.length);
        double own = r.scoreOf(canon);
        if (own == Double.NEGATIVE_INFINITY) {
            // not a charset detection weighs: trust it when it reads every byte
            return d.text().indexOf('\uFFFD') < 0 ? d : null;
        }
        return own >= r.best().score() - DECLARED_TOLERANCE ? d : null;
    }

    /** Decodes with a named charset through textmend's lookup, or null when the name is unknown. */
    private static DecodedText decodeAs(byte[] bytes, String name, double confidence, DecodeSource source) {
        String canon = CodePages.canonicalName(name);
        return CodePages.decode(canon, bytes).map(t -> new DecodedText(t, canon, confidence, source, List.of()))
                .orElse(null);
    }

    @Override
    public String toString() {
        return "EncodingDetector" + options.toString().toLowerCase(Locale.ROOT).substring("encodingoptions".length());
    }

    private static int nonAscii(byte[] b) {
        int n = 0;
        for (byte x : b) {
            if (x < 0) {
                n++;
            }
        }
        return n;
    }
}
