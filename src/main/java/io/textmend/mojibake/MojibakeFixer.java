package io.textmend.mojibake;

import io.textmend.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Repairs mojibake and, when asked, applies text-hygiene steps. Built from {@link FixOptions};
 * immutable and thread-safe, so one instance can serve every thread.
 *
 * <pre>{@code
 * MojibakeFixer fixer = new MojibakeFixer(FixOptions.repairOnly());
 * fixer.fix("man鈥檚 best friend").text();   // "man’s best friend"
 * }</pre>
 */
public final class MojibakeFixer {

    /** Layered damage is undone one layer per pass; more than this many layers is not real. */
    private static final int MAX_PASSES = 4;

    private final FixOptions options;
    private final List<FixStep> steps;
    /** Every step leaves text alone whose {@link Suspicion#scan} is 0 (the default repair steps). */
    private final boolean scanDecides;

    public MojibakeFixer(FixOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.steps = options.orderedSteps().stream().map(FixSteps::byName).toList();
        this.scanDecides = Set.of(FixSteps.REPAIR_ENCODING, FixSteps.FIX_C1_CONTROLS).containsAll(options.steps());
    }

    /** A fixer with {@link FixOptions#repairOnly()}. */
    public static MojibakeFixer repairOnly() {
        return new MojibakeFixer(FixOptions.repairOnly());
    }

    public FixOptions options() {
        return options;
    }

    /** Repairs {@code text}; returns it unchanged (the same instance) when nothing is wrong. */
    public String fixText(String text) {
        return fix(text).text();
    }

    /** Repairs {@code text} and says what was done. */
    public FixResult fix(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() <= options.maxSegmentChars()) {
            return fixSegment(text);
        }
        // long texts are repaired in segments cut after a line break
        StringBuilder out = new StringBuilder(text.length());
        List<Change> changes = new ArrayList<>();
        List<String> plan = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = segmentEnd(text, start, options.maxSegmentChars());
            FixResult r = fixSegment(text.substring(start, end));
            int offset = start;
            r.changes().forEach(c -> changes.add(c.shifted(offset)));
            for (String p : r.plan()) {
                if (!plan.contains(p)) {
                    plan.add(p);
                }
            }
            out.append(r.text());
            start = end;
        }
        return new FixResult(out.toString(), changes, plan);
    }

    /** Where a segment starting at {@code start} ends: after the last line break within the limit. */
    static int segmentEnd(String text, int start, int max) {
        int hardEnd = Math.min(text.length(), start + max);
        if (hardEnd == text.length()) {
            return hardEnd;
        }
        int nl = text.lastIndexOf('\n', hardEnd - 1);
        if (nl >= start) {
            return nl + 1;
        }
        // no line break: cut at a space, else anywhere but inside a surrogate pair
        int sp = text.lastIndexOf(' ', hardEnd - 1);
        int cut = sp > start ? sp + 1 : hardEnd;
        if (Character.isLowSurrogate(text.charAt(cut)) && cut > start + 1) {
            cut--;
        }
        return cut;
    }

    private FixResult fixSegment(String text) {
        if (scanDecides && !Suspicion.anySuspicious(text)) {
            // no step has anything to do: no char that mojibake or a C1 control could be made of
            return new FixResult(text, List.of(), List.of());
        }
        List<Change> changes = new ArrayList<>();
        List<String> plan = new ArrayList<>();
        String current = text;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String before = current;
            for (FixStep step : steps) {
                String next = step.apply(current, changes);
                if (!next.equals(current)) {
                    plan.add(step.name());
                    current = next;
                }
            }
            if (current.equals(before)) {
                break;
            }
        }
        return new FixResult(current, changes, plan);
    }

    /**
     * Replays a plan, the step names of an earlier {@link FixResult#plan()}, on other text.
     *
     * @throws IllegalArgumentException naming an unknown step
     */
    public static String applyPlan(String text, List<String> plan) {
        String current = text;
        List<Change> ignored = new ArrayList<>();
        for (String name : plan) {
            current = FixSteps.byName(name).apply(current, ignored);
        }
        return current;
    }
}
