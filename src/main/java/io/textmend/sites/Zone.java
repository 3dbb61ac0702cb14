package io.textmend.sites;

/**
 * Where a line sits in its page: the first lines ({@code header}), the last lines
 * ({@code footer}) or between ({@code body}). With n non-blank lines, each zone at the ends is
 * {@code min(8, max(1, n / 4))} lines long. Immutable and thread-safe.
 */
public enum Zone {
    HEADER, BODY, FOOTER;

    /** Longest header or footer zone, in non-blank lines. */
    public static final int MAX_ZONE_LINES = 8;

    /** The zone of the {@code index}-th of {@code count} non-blank lines. */
    public static Zone of(int index, int count) {
        int k = Math.min(MAX_ZONE_LINES, Math.max(1, count / 4));
        if (index < k) {
            return HEADER;
        }
        return index >= count - k ? FOOTER : BODY;
    }
}
