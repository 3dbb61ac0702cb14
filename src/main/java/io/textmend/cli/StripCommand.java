package io.textmend.cli;

import io.textmend.Change;
import io.textmend.InputKind;
import io.textmend.boilerplate.BoilerplateRemover;
import io.textmend.boilerplate.StripOptions;
import io.textmend.boilerplate.StripResult;
import io.textmend.boilerplate.TextDocument;
import io.textmend.encoding.DecodedText;
import io.textmend.encoding.EncodingDetector;
import io.textmend.encoding.EncodingOptions;
import io.textmend.html.Extraction;
import io.textmend.html.HtmlExtractor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code textmend strip}: boilerplate removal only; HTML input gives text. */
@Command(name = "strip", mixinStandardHelpOptions = true,
        description = "Remove boilerplate (menus, share bars, teasers, footers, spam); HTML input gives text.")
final class StripCommand extends AbstractCommand {

    @Option(names = "--preset", defaultValue = "default", paramLabel = "NAME",
            description = "conservative, default or aggressive (default: ${DEFAULT-VALUE}).")
    String preset;

    private BoilerplateRemover remover;

    private synchronized BoilerplateRemover remover() {
        if (remover == null) {
            remover = new BoilerplateRemover(StripOptions.preset(preset));
        }
        return remover;
    }

    @Override
    void validate() {
        super.validate();
        try {
            StripOptions.preset(preset);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private HtmlExtractor extractor;

    private synchronized HtmlExtractor extractor() {
        if (extractor == null) {
            extractor = new HtmlExtractor(extractOptions());
        }
        return extractor;
    }

    @Override
    Output process(byte[] bytes, Input in) {
        DecodedText d = new EncodingDetector(EncodingOptions.defaults().withGivenCharset(charset)).decode(bytes);
        boolean isHtml = html || !text && InputKind.sniff(d.text()) == InputKind.HTML;
        List<Change> changes = new ArrayList<>();
        StripResult r;
        if (isHtml) {
            Extraction x = extractor().extract(d.text(), "");
            r = remover().strip(TextDocument.ofPlainText(x.text()));
        } else {
            r = remover().strip(d.text());
        }
        changes.addAll(r.changes());
        return new Output(r.text().getBytes(StandardCharsets.UTF_8), changes, isHtml);
    }

    @Override
    boolean extractsHtml() {
        return true;
    }

    @Override
    String processHtmlField(String htmlValue, List<Change> changes) {
        Extraction x = extractor().extract(htmlValue, "");
        StripResult r = remover().strip(TextDocument.ofPlainText(x.text()));
        changes.addAll(r.changes());
        return r.text();
    }

    @Override
    String processField(String value, List<Change> changes) {
        StripResult r = remover().strip(value);
        changes.addAll(r.changes());
        return r.text();
    }

    @Override
    String outputName(String name, boolean htmlInput) {
        return textName(stripGz(name), htmlInput);
    }

    static String textName(String name, boolean htmlInput) {
        if (!htmlInput) {
            return name;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".html", ".htm", ".xhtml"}) {
            if (lower.endsWith(ext)) {
                return name.substring(0, name.length() - ext.length()) + ".txt";
            }
        }
        return lower.endsWith(".txt") ? name : name + ".txt";
    }
}
