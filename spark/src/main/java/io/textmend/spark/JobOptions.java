package io.textmend.spark;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What one run of {@link CleanJob} does, validated when built. Immutable.
 *
 * @param inputs        input paths (any Hadoop file system URI or local path)
 * @param format        the input format
 * @param textField     JSON Lines: the field holding the text or HTML
 * @param urlField      JSON Lines: the field holding the page URL (site key), or null
 * @param dateField     JSON Lines: the field holding the page date, or null
 * @param cleaner       the cleaner to run
 * @param maxBytes      WARC: a record body over this many bytes is a failure, not a page
 * @param output        the output folder
 * @param outputFormat  {@code parquet} or {@code json} (JSON Lines)
 * @param overwrite     replace an existing output folder
 * @param templates     site-template thresholds, or null to skip the site-template passes
 * @param profilesOut   where to write the learned profiles as JSON Lines, or null
 * @param failuresOut   where to write skipped and failed pages as JSON Lines, or null
 */
public record JobOptions(List<String> inputs, Format format, String textField, String urlField, String dateField,
        CleanerSpec cleaner, long maxBytes, String output, String outputFormat, boolean overwrite,
        SiteTemplates.Thresholds templates, String profilesOut, String failuresOut) {

    /** The textmend CLI's default limit per page or record: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;

    /** Input formats. */
    public enum Format {
        /** WARC or WET files, plain or gzipped; one task per file. */
        WARC,
        /** JSON Lines, plain or gzipped; a field holds the text or HTML. */
        JSONL;

        static Format parse(String s) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown input format '" + s + "'; use warc or jsonl", e);
            }
        }
    }

    public JobOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("inputs: no input paths");
        }
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(textField, "textField");
        Objects.requireNonNull(cleaner, "cleaner");
        Objects.requireNonNull(output, "output");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        if (!outputFormat.equals("parquet") && !outputFormat.equals("json")) {
            throw new IllegalArgumentException("outputFormat: use parquet or json, got '" + outputFormat + "'");
        }
    }

    /** WARC input with the CLI's defaults, Parquet output, no site templates. */
    public static JobOptions warc(List<String> inputs, String output) {
        return new JobOptions(inputs, Format.WARC, "text", null, null, CleanerSpec.defaults(), DEFAULT_MAX_BYTES,
                output, "parquet", false, null, null, null);
    }

    /** JSON Lines input (text in {@code textField}) with the CLI's defaults, Parquet output. */
    public static JobOptions jsonl(List<String> inputs, String textField, String urlField, String output) {
        return new JobOptions(inputs, Format.JSONL, textField, urlField, null, CleanerSpec.defaults(),
                DEFAULT_MAX_BYTES, output, "parquet", false, null, null, null);
    }

    public JobOptions withTemplates(SiteTemplates.Thresholds t) {
        return new JobOptions(inputs, format, textField, urlField, dateField, cleaner, maxBytes, output, outputFormat,
                overwrite, t, profilesOut, failuresOut);
    }

    public JobOptions withProfilesOut(String dir) {
        return new JobOptions(inputs, format, textField, urlField, dateField, cleaner, maxBytes, output, outputFormat,
                overwrite, templates, dir, failuresOut);
    }

    public JobOptions withFailuresOut(String dir) {
        return new JobOptions(inputs, format, textField, urlField, dateField, cleaner, maxBytes, output, outputFormat,
                overwrite, templates, profilesOut, dir);
    }

    public JobOptions withOutputFormat(String f) {
        return new JobOptions(inputs, format, textField, urlField, dateField, cleaner, maxBytes, output, f,
                overwrite, templates, profilesOut, failuresOut);
    }

    public JobOptions withCleaner(CleanerSpec c) {
        return new JobOptions(inputs, format, textField, urlField, dateField, c, maxBytes, output, outputFormat,
                overwrite, templates, profilesOut, failuresOut);
    }

    public JobOptions withMaxBytes(long n) {
        return new JobOptions(inputs, format, textField, urlField, dateField, cleaner, n, output, outputFormat,
                overwrite, templates, profilesOut, failuresOut);
    }

    public JobOptions withOverwrite(boolean o) {
        return new JobOptions(inputs, format, textField, urlField, dateField, cleaner, maxBytes, output, outputFormat,
                o, templates, profilesOut, failuresOut);
    }
}
