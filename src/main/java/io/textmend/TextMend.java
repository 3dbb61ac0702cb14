package io.textmend;

import io.textmend.boilerplate.BoilerplateRemover;
import io.textmend.boilerplate.StripResult;
import io.textmend.encoding.DecodedText;
import io.textmend.encoding.EncodingDetector;
import io.textmend.mojibake.FixResult;
import io.textmend.mojibake.MojibakeFixer;

/**
 * The entry point: static conveniences over engines built once with default options. Each method
 * delegates to the engine that owns the work ({@link EncodingDetector}, {@link MojibakeFixer},
 * {@link BoilerplateRemover}, {@link Cleaner}); build those yourself for other options.
 *
 * <p>Thread-safe: the engines are immutable and shared.
 */
public final class TextMend {

    private static final class Defaults {
        static final EncodingDetector DETECTOR = EncodingDetector.defaults();
        static final MojibakeFixer FIXER = MojibakeFixer.repairOnly();
        static final BoilerplateRemover REMOVER = BoilerplateRemover.defaults();
        static final Cleaner CLEANER = new Cleaner(CleanOptions.defaults());
    }

    private TextMend() {
    }

    /** Repairs mojibake; changes nothing else. */
    public static String fix(String text) {
        return Defaults.FIXER.fixText(text);
    }

    /** Repairs mojibake and lists the named steps taken; the plan replays with {@link MojibakeFixer#applyPlan}. */
    public static FixResult fixAndExplain(String text) {
        return Defaults.FIXER.fix(text);
    }

    /** Decodes bytes: charset, confidence and the source of the decision. */
    public static DecodedText decode(byte[] bytes) {
        return Defaults.DETECTOR.decode(bytes);
    }

    /** Strips boilerplate from plain text with the default preset. */
    public static String strip(String text) {
        return Defaults.REMOVER.strip(text).text();
    }

    /** Strips boilerplate and lists each removed block with its filter name. */
    public static StripResult stripAndExplain(String text) {
        return Defaults.REMOVER.strip(text);
    }

    /** The full pipeline on bytes (text or HTML). */
    public static CleanResult clean(byte[] bytes) {
        return Defaults.CLEANER.clean(bytes);
    }

    /** The full pipeline on decoded text (text or HTML). */
    public static CleanResult clean(String text) {
        return Defaults.CLEANER.clean(text);
    }

    /** The library's version, from the jar manifest ({@code dev} when run from classes). */
    public static String version() {
        String v = TextMend.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
