package io.textmend.boilerplate;

/**
 * One small boilerplate filter with a stable lower_snake name. Filters read the immutable
 * {@link TextDocument} and record verdicts in the call's {@link Decisions}; they are stateless
 * and thread-safe.
 */
public interface BlockFilter {

    String name();

    void apply(TextDocument doc, Decisions decisions);
}
