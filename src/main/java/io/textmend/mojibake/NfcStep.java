package io.textmend.mojibake;

import io.textmend.Change;
import java.text.Normalizer;
import java.util.List;

/** Unicode NFC: composes decomposed accents (e + U+0301 becomes é). */
final class NfcStep implements FixStep {

    @Override
    public String name() {
        return FixSteps.NFC;
    }

    @Override
    public String apply(String text, List<Change> changes) {
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        String out = Normalizer.normalize(text, Normalizer.Form.NFC);
        changes.add(new Change("hygiene", name(), 0, text.length(), "", "", "text normalised to NFC"));
        return out;
    }
}
