package io.textmend;

import io.textmend.boilerplate.StripOptions;
import io.textmend.encoding.EncodingOptions;
import io.textmend.html.ExtractOptions;
import io.textmend.mojibake.FixOptions;
import io.textmend.mojibake.FixSteps;
import java.util.Objects;

/**
 * Everything a {@link Cleaner} needs, as one immutable record; start from {@link #defaults()} and
 * use the {@code withX} copies.
 *
 * @param encoding how bytes are decoded
 * @param repair   the repair steps run before stripping (mojibake; no normalisation)
 * @param hygiene  the text-hygiene steps run after stripping
 * @param strip    the boilerplate preset
 * @param extract  HTML extraction options
 * @param kind     the input kind, or {@link InputKind#AUTO} to sniff
 */
public record CleanOptions(EncodingOptions encoding, FixOptions repair, FixOptions hygiene, StripOptions strip,
        ExtractOptions extract, InputKind kind) {

    public CleanOptions {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(repair, "repair");
        Objects.requireNonNull(hygiene, "hygiene");
        Objects.requireNonNull(strip, "strip");
        Objects.requireNonNull(extract, "extract");
        Objects.requireNonNull(kind, "kind");
    }

    public static CleanOptions defaults() {
        FixOptions hygiene = FixOptions.forCleaning().without(FixSteps.REPAIR_ENCODING)
                .without(FixSteps.FIX_C1_CONTROLS);
        return new CleanOptions(EncodingOptions.defaults(), FixOptions.repairOnly(), hygiene,
                StripOptions.defaults(), ExtractOptions.defaults(), InputKind.AUTO);
    }

    public CleanOptions withEncoding(EncodingOptions e) {
        return new CleanOptions(e, repair, hygiene, strip, extract, kind);
    }

    public CleanOptions withRepair(FixOptions r) {
        return new CleanOptions(encoding, r, hygiene, strip, extract, kind);
    }

    public CleanOptions withHygiene(FixOptions h) {
        return new CleanOptions(encoding, repair, h, strip, extract, kind);
    }

    public CleanOptions withStrip(StripOptions s) {
        return new CleanOptions(encoding, repair, hygiene, s, extract, kind);
    }

    public CleanOptions withExtract(ExtractOptions x) {
        return new CleanOptions(encoding, repair, hygiene, strip, x, kind);
    }

    public CleanOptions withKind(InputKind k) {
        return new CleanOptions(encoding, repair, hygiene, strip, extract, k);
    }
}
