package io.textmend.spark;

import io.textmend.CleanOptions;
import io.textmend.InputKind;
import io.textmend.boilerplate.StripOptions;
import java.io.Serializable;
import java.util.Objects;

/**
 * The serialisable description of a {@link io.textmend.Cleaner}: what Spark ships to executors
 * instead of the engine itself. {@link CleanOptions} is a plain record of engine options and is not
 * {@link Serializable}; this names the few choices the job exposes and rebuilds the options from
 * them on the executor. Immutable; equal specs build equal cleaners, so it is the key of
 * {@link Engines}.
 *
 * @param preset the boilerplate preset: {@code conservative}, {@code default} or {@code aggressive}
 * @param kind   the input kind, or {@link InputKind#AUTO} to sniff each page
 */
public record CleanerSpec(String preset, InputKind kind) implements Serializable {

    private static final long serialVersionUID = 1L;

    public CleanerSpec {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(kind, "kind");
        StripOptions.preset(preset); // fails fast, naming the valid presets
    }

    /** The textmend CLI's {@code clean} defaults: preset {@code default}, kind sniffed. */
    public static CleanerSpec defaults() {
        return new CleanerSpec("default", InputKind.AUTO);
    }

    /** The options a {@code textmend clean --preset PRESET [--html|--text]} run uses. */
    public CleanOptions toOptions() {
        return CleanOptions.defaults().withKind(kind).withStrip(StripOptions.preset(preset));
    }
}
