package io.textmend.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.textmend.Change;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Checks every stage's output must pass, whatever the input. */
public final class Invariants {

    private Invariants() {
    }

    /** The text can be written as valid UTF-8: no lone surrogates. */
    public static void checkText(String s) {
        try {
            ByteBuffer b = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(s));
            assertThat(b.remaining()).isGreaterThanOrEqualTo(0);
        } catch (CharacterCodingException e) {
            throw new AssertionError("output is not encodable as UTF-8: " + e, e);
        }
    }

    /** Every span lies inside a text of length {@code len}. */
    public static void checkSpans(List<Change> changes, int len) {
        for (Change c : changes) {
            assertThat(c.start()).isBetween(0, len);
            assertThat(c.end()).isBetween(c.start(), len);
        }
    }
}
