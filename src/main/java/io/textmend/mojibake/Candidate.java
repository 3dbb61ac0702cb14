package io.textmend.mojibake;

/**
 * A proposed repair of {@code text[start, end)}: the replacement, how much more plausible it is
 * ({@code gain}, in cost units), and whether it rests on guessed bytes ({@code lossy}), so that
 * it needs other evidence in the same text.
 */
record Candidate(int start, int end, String replacement, float gain, String detail, boolean lossy) {

    boolean overlaps(Candidate o) {
        return start < o.end && o.start < end;
    }
}
