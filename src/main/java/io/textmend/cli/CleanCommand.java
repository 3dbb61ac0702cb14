package io.textmend.cli;

import io.textmend.Change;
import io.textmend.CleanOptions;
import io.textmend.CleanResult;
import io.textmend.Cleaner;
import io.textmend.InputKind;
import io.textmend.boilerplate.StripOptions;
import io.textmend.encoding.EncodingOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code textmend clean}: the full pipeline. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"The full pipeline: decode bytes, repair mojibake, extract the article (HTML) or strip",
            "boilerplate (text), then tidy: HTML entities, CRLF to LF, control characters, NFC."})
final class CleanCommand extends AbstractCommand {

    @Option(names = "--preset", defaultValue = "default", paramLabel = "NAME",
            description = "Boilerplate preset: conservative, default or aggressive (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, or json (text with title, byline, date, language, url, charset).")
    String format;

    private final java.util.Map<InputKind, Cleaner> cleaners = new java.util.EnumMap<>(InputKind.class);

    @Override
    void validate() {
        super.validate();
        if (!format.equals("text") && !format.equals("json")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown --format '" + format + "'; use text or json");
        }
        try {
            StripOptions.preset(preset);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Cleaner cleaner() {
        return cleaner(html ? InputKind.HTML : text ? InputKind.TEXT : InputKind.AUTO);
    }

    /** The engine for one input kind; built once, shared by every thread. */
    private synchronized Cleaner cleaner(InputKind kind) {
        return cleaners.computeIfAbsent(kind, k -> new Cleaner(CleanOptions.defaults().withKind(k)
                .withStrip(StripOptions.preset(preset)).withEncoding(EncodingOptions.defaults().withGivenCharset(charset))));
    }

    @Override
    boolean readsWarc() {
        return true;
    }

    @Override
    boolean extractsHtml() {
        return true;
    }

    @Override
    String processHtmlField(String htmlValue, List<Change> changes) {
        CleanResult r = cleaner(InputKind.HTML).clean(htmlValue);
        changes.addAll(r.changes());
        return r.text();
    }

    @Override
    CleanResult cleanRecord(byte[] body, String contentType, InputKind kind) {
        return cleaner(html ? InputKind.HTML : text ? InputKind.TEXT : kind).clean(body, contentType);
    }

    @Override
    Output process(byte[] bytes, Input in) {
        CleanResult r = cleaner().clean(bytes);
        byte[] out = format.equals("json") ? (toJson(in.display(), r) + "\n").getBytes(StandardCharsets.UTF_8)
                : r.text().getBytes(StandardCharsets.UTF_8);
        return new Output(out, r.changes(), r.kind() == InputKind.HTML);
    }

    static String toJson(String path, CleanResult r) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("path", path);
            g.writeStringField("title", r.title());
            g.writeStringField("byline", r.metadata().byline());
            g.writeStringField("date", r.metadata().date());
            g.writeStringField("language", r.metadata().language());
            g.writeStringField("url", r.metadata().canonicalUrl());
            g.writeStringField("charset", r.charset());
            g.writeStringField("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("text", r.text());
            g.writeEndObject();
        });
    }

    @Override
    String processField(String value, List<Change> changes) {
        CleanResult r = cleaner().clean(value);
        changes.addAll(r.changes());
        return r.text();
    }

    @Override
    String outputName(String name, boolean htmlInput) {
        String n = StripCommand.textName(stripGz(name), htmlInput);
        return format.equals("json") ? n + ".json" : n;
    }

    static List<Change> none() {
        return new ArrayList<>();
    }
}
