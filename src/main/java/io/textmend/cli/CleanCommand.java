package io.textmend.cli;

import io.textmend.Change;
import io.textmend.CleanResult;
import io.textmend.Cleaner;
import io.textmend.InputKind;
import io.textmend.boilerplate.StripOptions;
import java.nio.charset.StandardCharsets;
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

    @picocli.CommandLine.Mixin
    SiteMixin sites = new SiteMixin();

    @Option(names = "--profiles", paramLabel = "DIR",
            description = "Remove the site template lines learned by 'textmend learn' into DIR.")
    java.nio.file.Path profiles;

    @Option(names = "--learn-sites",
            description = "Learn site templates from these same inputs first (a first pass), then clean with them.")
    boolean learnSites;

    /** Cleaners with the site profiles, by kind. */
    private final java.util.Map<InputKind, Cleaner> cleaners = new java.util.EnumMap<>(InputKind.class);
    /** Site profiles in use, or null; set before the cleaning pass starts. */
    private volatile io.textmend.sites.SiteFilter siteFilter;
    /** The learning pass of --learn-sites, while it runs. */
    private volatile SiteLearning learning;

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
        sites.validate(spec.commandLine());
        if (profiles != null && learnSites) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--profiles and --learn-sites cannot be combined");
        }
        if (profiles != null && !java.nio.file.Files.isDirectory(profiles)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--profiles " + profiles + ": no such folder");
        }
    }

    @Override
    public Integer call() throws java.io.IOException {
        validate();
        if (profiles != null) {
            // one full profile in memory at a time; the filter needs only the recurring lines
            java.util.List<io.textmend.sites.SiteProfile> compact = new java.util.ArrayList<>();
            int minDistinct = Math.min(2, sites.options().minPages());
            io.textmend.sites.ProfileStore.readEach(profiles, p -> compact.add(p.compact(minDistinct)));
            siteFilter = new io.textmend.sites.SiteFilter(sites.options(), compact);
        } else if (learnSites) {
            learning = new SiteLearning(sites, this::baseCleaner);
            silentPass = true;
            try {
                super.call();
                siteFilter = learning.learner().toFilter();
            } finally {
                silentPass = false;
                learning.close();
                learning = null;
            }
        }
        return super.call();
    }

    @Override
    boolean writesOutputs() {
        return learning == null;
    }

    /** The site key of a page, or null when no site profiles are in use. */
    private String site(Input in, String url) {
        return siteFilter == null ? null : sites.key(in, url);
    }

    private Cleaner cleaner() {
        return cleaner(html ? InputKind.HTML : text ? InputKind.TEXT : InputKind.AUTO);
    }

    /** The engine for one input kind, with the site profiles when there are any; built once, shared by every thread. */
    private synchronized Cleaner cleaner(InputKind kind) {
        Cleaner c = baseCleaner(kind);
        return siteFilter == null ? c : cleaners.computeIfAbsent(kind, k -> c.withSites(siteFilter));
    }

    /** Cleaners without site profiles, by kind (the learning pass and runs without profiles use them). */
    private final java.util.Map<InputKind, Cleaner> plainCleaners = new java.util.EnumMap<>(InputKind.class);

    private synchronized Cleaner baseCleaner(InputKind kind) {
        return plainCleaners.computeIfAbsent(kind, k -> newCleaner(k, StripOptions.preset(preset)));
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
    CleanResult cleanRecord(byte[] body, String contentType, InputKind kind) {
        return cleaner(html ? InputKind.HTML : text ? InputKind.TEXT : kind).clean(body, contentType);
    }

    @Override
    CleanResult cleanRecord(byte[] body, String contentType, InputKind kind, Input in, String url) {
        InputKind k = html ? InputKind.HTML : text ? InputKind.TEXT : kind;
        if (learning != null) {
            learning.bytes(in, url, body, contentType, k);
            return new CleanResult("", "", 0, "", k, "", CleanResult.PageMetadata.NONE, List.of());
        }
        return cleaner(k).clean(body, contentType, site(in, url));
    }

    @Override
    String processField(String value, List<Change> changes, Input in, String url) {
        if (learning != null) {
            learning.text(in, url, value, html ? InputKind.HTML : text ? InputKind.TEXT : InputKind.AUTO);
            return value;
        }
        CleanResult r = cleaner().clean(value, site(in, url));
        changes.addAll(r.changes());
        return r.text();
    }

    @Override
    String processHtmlField(String htmlValue, List<Change> changes, Input in, String url) {
        if (learning != null) {
            learning.text(in, url, htmlValue, InputKind.HTML);
            return htmlValue;
        }
        CleanResult r = cleaner(InputKind.HTML).clean(htmlValue, site(in, url));
        changes.addAll(r.changes());
        return r.text();
    }

    @Override
    Output process(byte[] bytes, Input in) {
        if (learning != null) {
            learning.bytes(in, null, bytes, null, html ? InputKind.HTML : text ? InputKind.TEXT : InputKind.AUTO);
            return new Output(new byte[0], List.of(), false);
        }
        CleanResult r = cleaner().clean(bytes, null, site(in, null));
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
        return processField(value, changes, Input.stdin(), null);
    }

    @Override
    String outputName(String name, boolean htmlInput) {
        String n = StripCommand.textName(stripGz(name), htmlInput);
        return format.equals("json") ? n + ".json" : n;
    }
}
