package io.textmend.cli;

import io.textmend.Change;
import io.textmend.InputKind;
import io.textmend.encoding.DecodedText;
import io.textmend.encoding.EncodingDetector;
import io.textmend.encoding.EncodingOptions;
import io.textmend.html.HtmlCharsets;
import io.textmend.mojibake.FixOptions;
import io.textmend.mojibake.FixResult;
import io.textmend.mojibake.MojibakeFixer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code textmend fix}: bytes decoded right, then encoding and mojibake repair only. */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Decode bytes right and repair mojibake; change nothing else.",
            "HTML keeps its markup and is written as UTF-8."})
final class FixCommand extends AbstractCommand {

    @Option(names = "--step", paramLabel = "NAME", split = ",",
            description = "Also run these optional steps: unescape_html, normalize_line_breaks, "
                    + "remove_control_chars, nfc, fullwidth_to_ascii, uncurl_quotes.")
    List<String> extraSteps = new ArrayList<>();

    private MojibakeFixer fixer() {
        FixOptions o = FixOptions.repairOnly();
        for (String s : extraSteps) {
            o = o.with(s);
        }
        return new MojibakeFixer(o);
    }

    private MojibakeFixer fixer;

    private synchronized MojibakeFixer lazyFixer() {
        if (fixer == null) {
            fixer = fixer();
        }
        return fixer;
    }

    @Override
    Output process(byte[] bytes, Input in) {
        DecodedText d = new EncodingDetector(EncodingOptions.defaults().withGivenCharset(charset)).decode(bytes);
        List<Change> changes = new ArrayList<>(d.spans());
        FixResult r = lazyFixer().fix(d.text());
        changes.addAll(r.changes());
        String out = r.text();
        boolean isHtml = html || !text && InputKind.sniff(d.text()) == InputKind.HTML;
        if (isHtml) {
            out = HtmlCharsets.declareUtf8(out);
        }
        return new Output(out.getBytes(StandardCharsets.UTF_8), changes, isHtml);
    }

    @Override
    boolean streams() {
        return true;
    }

    @Override
    void stream(Input in, java.io.BufferedInputStream body) throws java.io.IOException {
        boolean asciiIsClean = extraSteps.isEmpty();
        FixStream f = new FixStream(this, in, lazyFixer(),
                new EncodingDetector(EncodingOptions.defaults().withGivenCharset(charset)), asciiIsClean, html, text);
        deliverStream(in, outputName(nameOf(in), false), out -> {
            f.run(body, out);
            return false;
        });
    }

    @Override
    String processField(String value, List<Change> changes) {
        FixResult r = lazyFixer().fix(value);
        changes.addAll(r.changes());
        return r.text();
    }
}
