package io.textmend.boilerplate;

import java.util.Arrays;

/**
 * The per-call verdicts on a document's blocks: which filter removed each block, and why, and
 * replacement text for blocks a filter shortened. Local to one call, never shared.
 */
public final class Decisions {

    private final String[] removedBy;
    private final String[] reasons;
    private final String[] replacement;

    Decisions(int size) {
        removedBy = new String[size];
        reasons = new String[size];
        replacement = new String[size];
    }

    public int size() {
        return removedBy.length;
    }

    public boolean isRemoved(int i) {
        return removedBy[i] != null;
    }

    /** Removes block {@code i}; the first filter to remove a block is the one reported. */
    public void remove(int i, String filter, String reason) {
        if (removedBy[i] == null) {
            removedBy[i] = filter;
            reasons[i] = reason;
        }
    }

    /** Keeps block {@code i} but with other text (a doubled caption printed once). */
    public void replace(int i, String filter, String text, String reason) {
        if (removedBy[i] == null && replacement[i] == null) {
            replacement[i] = text;
            reasons[i] = filter + ": " + reason;
        }
    }

    public String removedBy(int i) {
        return removedBy[i];
    }

    public String reason(int i) {
        return reasons[i];
    }

    public String replacement(int i) {
        return replacement[i];
    }

    int removedCount() {
        return (int) Arrays.stream(removedBy).filter(s -> s != null).count();
    }
}
