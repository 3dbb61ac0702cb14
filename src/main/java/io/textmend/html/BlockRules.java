package io.textmend.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules over the rendered blocks of the chosen content: the lead (headline, byline and date lines
 * before the first paragraph of prose) goes to the metadata, and content that is a list of teasers
 * rather than an article gives nothing. Stateless.
 */
final class BlockRules {

    /** A line that is only a date or time, in the usual numeric forms. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "[\\p{L}\\s,.|·:-]{0,30}\\d{1,4}[./\\-年]\\s?\\d{1,2}[./\\-月]\\s?\\d{1,4}日?[\\s,T]*(\\d{1,2}:\\d{2}(:\\d{2})?)?"
                    + "[\\p{L}\\s,.|·:+-]{0,20}");

    private BlockRules() {
    }

    /** True when a block is a paragraph of running text (long enough, with sentence punctuation). */
    static boolean isProse(BlockRenderer.Rendered b) {
        return b.chars() >= 80 && b.linkDensity() < 0.5 && hasStop(b.text());
    }

    /**
     * The blocks without their lead: before the first paragraph of prose, an {@code h1}, a block
     * that repeats the title, a short block naming the author, or a date line.
     */
    static List<BlockRenderer.Rendered> withoutLead(List<BlockRenderer.Rendered> blocks, String title, String byline) {
        String t = fold(title);
        String by = fold(byline);
        List<BlockRenderer.Rendered> out = new ArrayList<>(blocks.size());
        boolean prose = false;
        for (BlockRenderer.Rendered b : blocks) {
            if (!prose && isLead(b, t, by)) {
                continue;
            }
            prose = prose || isProse(b);
            out.add(b);
        }
        return out;
    }

    private static boolean isLead(BlockRenderer.Rendered b, String title, String byline) {
        if (b.tag().equals("h1")) {
            return true;
        }
        String f = fold(b.text());
        if (!title.isEmpty() && f.length() >= 8 && (title.equals(f) || title.contains(f))) {
            return true;
        }
        if (b.text().length() > 120) {
            return false;
        }
        return byline.length() >= 3 && f.contains(byline) || DATE_LINE.matcher(b.text()).matches();
    }

    /**
     * True when the content is a listing: at least five link-heavy teasers, a third of the blocks
     * or more, and less prose among them than teaser text.
     */
    static boolean isListing(List<BlockRenderer.Rendered> blocks) {
        int teasers = 0;
        long teaserChars = 0;
        long proseChars = 0;
        for (BlockRenderer.Rendered b : blocks) {
            if (b.linkDensity() >= 0.5) {
                teasers++;
                teaserChars += b.chars();
            } else if (isProse(b)) {
                proseChars += b.chars();
            }
        }
        return teasers >= 5 && teasers * 3 >= blocks.size() && proseChars < teaserChars;
    }

    static boolean hasStop(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？' || c == '؟' || c == '।'
                    || c == '۔') {
                return true;
            }
        }
        return false;
    }

    /** Lower case, letters and digits only, single spaces: for comparing titles and names. */
    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            }
        }
        return sb.toString().strip();
    }
}
