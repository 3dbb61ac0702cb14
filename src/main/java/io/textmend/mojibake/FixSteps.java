package io.textmend.mojibake;

import java.util.List;
import java.util.Map;

/** The registry of fix steps by their stable names, and the order they run in. */
public final class FixSteps {

    public static final String REPAIR_ENCODING = "repair_encoding";
    public static final String FIX_C1_CONTROLS = "fix_c1_controls";
    public static final String UNESCAPE_HTML = "unescape_html";
    public static final String NORMALIZE_LINE_BREAKS = "normalize_line_breaks";
    public static final String REMOVE_CONTROL_CHARS = "remove_control_chars";
    public static final String NFC = "nfc";
    public static final String FULLWIDTH_TO_ASCII = "fullwidth_to_ascii";
    public static final String UNCURL_QUOTES = "uncurl_quotes";
    public static final String JOIN_SURROGATES = "join_surrogates";

    /** Repair runs before any normalisation, which would destroy reversible damage. */
    public static final List<String> ORDER = List.of(JOIN_SURROGATES, REPAIR_ENCODING, FIX_C1_CONTROLS,
            UNESCAPE_HTML, NORMALIZE_LINE_BREAKS, REMOVE_CONTROL_CHARS, NFC, FULLWIDTH_TO_ASCII, UNCURL_QUOTES);

    private static final Map<String, FixStep> STEPS = Map.of(
            REPAIR_ENCODING, new EncodingRepair(),
            FIX_C1_CONTROLS, new C1Controls(),
            UNESCAPE_HTML, new HtmlEntities(),
            NORMALIZE_LINE_BREAKS, new LineBreaks(),
            REMOVE_CONTROL_CHARS, new ControlChars(),
            NFC, new NfcStep(),
            FULLWIDTH_TO_ASCII, new FullwidthToAscii(),
            UNCURL_QUOTES, new UncurlQuotes(),
            JOIN_SURROGATES, new JoinSurrogates());

    private FixSteps() {
    }

    /** The step with this name; throws {@link IllegalArgumentException} naming it when unknown. */
    public static FixStep byName(String name) {
        FixStep s = STEPS.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown fix step '" + name + "'; known: " + ORDER);
        }
        return s;
    }
}
