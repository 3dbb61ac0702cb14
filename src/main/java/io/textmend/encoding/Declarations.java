package io.textmend.encoding;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Charsets the input declares: the HTTP {@code Content-Type} header, then the XML declaration,
 * {@code <meta charset>} and {@code <meta http-equiv="Content-Type">} in the first 4 KB. A name
 * textmend cannot resolve is ignored, not fatal. Stateless.
 */
final class Declarations {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_DECL = Pattern.compile(
            "^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);

    private Declarations() {
    }

    /** The charset declared, by the HTTP header first, or null. */
    static String find(byte[] bytes, String contentType) {
        if (contentType != null) {
            Matcher m = HEADER_CHARSET.matcher(contentType);
            if (m.find() && known(m.group(1))) {
                return m.group(1);
            }
        }
        int n = Math.min(bytes.length, 4096);
        if (!hasTag(bytes, n)) {
            return null;
        }
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        Matcher x = XML_DECL.matcher(head);
        if (x.find() && known(x.group(1))) {
            return x.group(1);
        }
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            if (known(m.group(1))) {
                return m.group(1);
            }
        }
        return null;
    }

    /** True when {@code bytes[0, n)} has a {@code <} (both declarations start with one). */
    private static boolean hasTag(byte[] bytes, int n) {
        for (int i = 0; i < n; i++) {
            if (bytes[i] == '<') {
                return true;
            }
        }
        return false;
    }

    private static boolean known(String name) {
        return CodePages.singleByte(name).isPresent() || CodePages.jdkCharset(name).isPresent();
    }
}
