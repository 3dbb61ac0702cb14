package io.textmend.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites a page's charset declaration, for pages re-encoded as UTF-8. */
public final class HtmlCharsets {

    private static final Pattern META_CHARSET = Pattern.compile(
            "(<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*)([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_DECL = Pattern.compile(
            "(^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"'])([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);

    private HtmlCharsets() {
    }

    /** The page with every charset declaration in its head saying UTF-8; unchanged when there is none. */
    public static String declareUtf8(String html) {
        int limit = Math.min(html.length(), 8192);
        String head = html.substring(0, limit);
        String fixed = replace(XML_DECL, replace(META_CHARSET, head));
        return fixed.equals(head) ? html : fixed + html.substring(limit);
    }

    private static String replace(Pattern p, String s) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            any = true;
            String cs = m.group(2);
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + (cs.equalsIgnoreCase("utf-8") ? cs : "UTF-8")));
        }
        if (!any) {
            return s;
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
