package io.textmend.boilerplate;

/**
 * Everything outside the article's main stretch, but its title and dateline. The main stretch is
 * the run of blocks with the highest score, where prose scores its length and every other block a
 * small penalty: body paragraphs with short lines between them (subheads, one-line quotes,
 * captions) form one run, while menus, teaser lists and footers around it cost more than the odd
 * prose block among them brings. The stretch grows over short sentences at either end (a closing
 * one-line paragraph). Before it, the nearest kept short block is the title, and
 * the date or byline lines between it and the stretch stay too.
 */
final class OutsideBodyFilter implements BlockFilter {

    static final String NAME = "outside_body";
    private static final int SHORT_PENALTY = 3;
    private static final int REMOVED_PENALTY = 1;
    private static final int TITLE_LOOKBACK = 6;
    private static final int MAX_TITLE_WORDS = 30;
    /**
     * A stretch this thin (in words) is no evidence of where an article is: nothing is cut around it.
     * Without this, a page whose only prose is a headline kept the headline and lost everything else.
     */
    static final int MIN_BODY_WEIGHT = 20;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(TextDocument doc, Decisions d) {
        int n = doc.size();
        int[] run = mainRun(doc, d);
        if (run == null) {
            return;
        }
        int start = run[0];
        int end = run[1];
        while (start > 0 && (d.isRemoved(start - 1) || doc.isSentence(start - 1))) {
            start--;
        }
        while (start < run[0] && d.isRemoved(start)) {
            start++;
        }
        while (end + 1 < n && (d.isRemoved(end + 1) || doc.isSentence(end + 1))) {
            end++;
        }
        run[1] = end;
        int keepFrom = titleStart(doc, d, start);
        for (int i = 0; i < n; i++) {
            if (i < keepFrom) {
                d.remove(i, NAME, "before the article");
            } else if (i > run[1]) {
                d.remove(i, NAME, "after the article");
            }
        }
    }

    /** The highest-scoring run {start, end inclusive}, by Kadane's maximum subarray; null without prose. */
    static int[] mainRun(TextDocument doc, Decisions d) {
        long best = 0;
        int bestStart = -1;
        int bestEnd = -1;
        long cur = 0;
        int curStart = 0;
        for (int i = 0; i < doc.size(); i++) {
            long v = score(doc, d, i);
            if (cur <= 0) {
                cur = v;
                curStart = i;
            } else {
                cur += v;
            }
            if (cur > best) {
                best = cur;
                bestStart = curStart;
                bestEnd = i;
            }
        }
        return bestStart < 0 || best < MIN_BODY_WEIGHT ? null : new int[] {bestStart, bestEnd};
    }

    private static long score(TextDocument doc, Decisions d, int i) {
        if (d.isRemoved(i)) {
            return -REMOVED_PENALTY;
        }
        return doc.isProse(i) ? doc.weight(i) : -SHORT_PENALTY;
    }

    /** Where kept text starts: the title before the run, with date and byline lines after it. */
    private static int titleStart(TextDocument doc, Decisions d, int runStart) {
        int from = runStart;
        int seen = 0;
        for (int i = runStart - 1; i >= 0 && seen < TITLE_LOOKBACK; i--) {
            if (d.isRemoved(i)) {
                continue;
            }
            seen++;
            if (isDateline(doc, i)) {
                from = i;
                continue;
            }
            if (doc.weight(i) <= MAX_TITLE_WORDS && doc.weight(i) >= 2 && doc.separators(i) < 2) {
                from = i;
            }
            break;
        }
        return from;
    }

    /** A short line with a digit, or a short byline: a date, a time, "By Jane Doe". */
    static boolean isDateline(TextDocument doc, int i) {
        if (doc.weight(i) > 12 || doc.isProse(i)) {
            return false;
        }
        String t = doc.block(i).text();
        for (int k = 0; k < t.length(); k++) {
            if (Character.isDigit(t.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
