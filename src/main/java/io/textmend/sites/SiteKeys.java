package io.textmend.sites;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Site keys from URLs and paths. Stateless and thread-safe.
 *
 * <p>A host key is the URL's host lower-cased ({@link Locale#ROOT}), without port, user info or
 * trailing dot, with one leading {@code www.} folded away ({@code www.example.com} and
 * {@code example.com} are one site; {@code news.example.com} stays its own). IDN hosts keep
 * their Unicode or punycode spelling as given.
 */
public final class SiteKeys {

    private SiteKeys() {
    }

    /** The host key of {@code url}, or "" when it has none (null, relative, no authority). */
    public static String host(String url) {
        if (url == null) {
            return "";
        }
        String u = url.trim();
        int scheme = u.indexOf("://");
        if (scheme < 0) {
            if (!u.startsWith("//")) {
                return "";
            }
            scheme = -1;
        }
        int start = scheme < 0 ? 2 : scheme + 3;
        int end = start;
        while (end < u.length() && "/?#".indexOf(u.charAt(end)) < 0) {
            end++;
        }
        String auth = u.substring(start, end);
        int at = auth.lastIndexOf('@');
        if (at >= 0) {
            auth = auth.substring(at + 1);
        }
        String host;
        if (auth.startsWith("[")) {
            int close = auth.indexOf(']');
            host = close < 0 ? auth : auth.substring(0, close + 1);
        } else {
            int colon = auth.indexOf(':');
            host = colon < 0 ? auth : auth.substring(0, colon);
        }
        host = host.toLowerCase(Locale.ROOT);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.startsWith("www.") && host.length() > 4) {
            host = host.substring(4);
        }
        return host;
    }

    /**
     * The first folder of {@code file} under {@code root}; {@link SiteKeyMode#ALL} for a file
     * directly in the root, outside it, or when either is null.
     */
    public static String dir(Path root, Path file) {
        if (root == null || file == null) {
            return SiteKeyMode.ALL;
        }
        Path r = root.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        if (!f.startsWith(r) || r.relativize(f).getNameCount() < 2) {
            return SiteKeyMode.ALL;
        }
        return r.relativize(f).getName(0).toString();
    }
}
