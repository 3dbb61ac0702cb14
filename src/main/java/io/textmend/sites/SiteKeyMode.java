package io.textmend.sites;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How pages are grouped into sites: {@code host} of the page URL, first {@code dir} level under
 * the input root, or {@code none} (one site for everything). Immutable and thread-safe.
 */
public enum SiteKeyMode {
    HOST, DIR, NONE;

    /** The key used for every page under {@link #NONE}, and for pages whose key cannot be made. */
    public static final String ALL = "_all";

    /** The lower_snake name used on the command line ({@code host|dir|none}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code host|dir|none} (any case); fails fast naming the value otherwise. */
    public static SiteKeyMode parse(String s) {
        for (SiteKeyMode m : values()) {
            if (m.label().equalsIgnoreCase(s == null ? "" : s.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("site key must be host, dir or none: " + s);
    }

    /**
     * The site key of one page under this mode: the host of {@code url} for {@link #HOST} (the
     * first folder of {@code file} under {@code root} when the URL is null or has no host), the
     * first folder for {@link #DIR}, {@link #ALL} for {@link #NONE}. Any argument may be null.
     */
    public String keyOf(String url, Path root, Path file) {
        return switch (this) {
            case NONE -> ALL;
            case DIR -> SiteKeys.dir(root, file);
            case HOST -> {
                String h = SiteKeys.host(url);
                yield h.isEmpty() ? SiteKeys.dir(root, file) : h;
            }
        };
    }
}
