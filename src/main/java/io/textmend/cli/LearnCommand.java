package io.textmend.cli;

import io.textmend.Change;
import io.textmend.CleanResult;
import io.textmend.Cleaner;
import io.textmend.InputKind;
import io.textmend.sites.ProfileStore;
import io.textmend.sites.SiteOptions;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code textmend learn INPUT... -o PROFILES_DIR}: learns each site's template lines (menus,
 * footers, teaser headers that recur across its pages) and writes one profile per site.
 */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = {"Learn each site's template (lines that recur across its pages) from files, folders,",
            "JSON Lines or WARC, and write one JSON profile per site into the -o folder.",
            "Use the profiles with: textmend clean --profiles DIR ..."})
final class LearnCommand extends AbstractCommand {

    @Mixin
    SiteMixin sites = new SiteMixin();

    @Option(names = "--merge", description = "Add to the profiles already in the -o folder instead of replacing them.")
    boolean merge;

    private final Map<InputKind, Cleaner> cleaners = new EnumMap<>(InputKind.class);
    private SiteLearning learning;

    @Override
    void validate() {
        super.validate();
        if (outputDir == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "learn needs -o PROFILES_DIR");
        }
        if (inPlace || resume) {
            throw new CommandLine.ParameterException(spec.commandLine(), "learn writes profiles; --in-place and --resume do not apply");
        }
        sites.validate(spec.commandLine());
    }

    @Override
    public Integer call() throws IOException {
        validate();
        learning = new SiteLearning(sites, this::cleaner);
        try {
            if (merge && java.nio.file.Files.isDirectory(outputDir)) {
                ProfileStore.readEach(outputDir, learning.learner()::add);
            }
            int code = super.call();
            SiteOptions so = learning.learner().options();
            int[] written = {0};
            try {
                learning.learner().forEachProfile(p -> {
                    try {
                        ProfileStore.write(outputDir, p, so);
                        written[0]++;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            if (!quiet) {
                console.error("textmend: learned " + written[0] + " site profiles into " + outputDir);
            }
            return code;
        } finally {
            learning.close();
        }
    }

    private synchronized Cleaner cleaner(InputKind kind) {
        InputKind k = html ? InputKind.HTML : text ? InputKind.TEXT : kind;
        return cleaners.computeIfAbsent(k, x -> newCleaner(x, io.textmend.boilerplate.StripOptions.defaults()));
    }

    @Override
    boolean writesOutputs() {
        return false;
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
    Output process(byte[] bytes, Input in) {
        learning.bytes(in, null, bytes, null, InputKind.AUTO);
        return new Output(new byte[0], List.of(), false);
    }

    @Override
    String processField(String value, List<Change> changes) {
        throw new IllegalStateException("learn needs the record's input");
    }

    @Override
    String processField(String value, List<Change> changes, Input in, String url) {
        learning.text(in, url, value, InputKind.AUTO);
        return value;
    }

    @Override
    String processHtmlField(String htmlValue, List<Change> changes, Input in, String url) {
        learning.text(in, url, htmlValue, InputKind.HTML);
        return htmlValue;
    }

    @Override
    CleanResult cleanRecord(byte[] body, String contentType, InputKind kind, Input in, String url) {
        learning.bytes(in, url, body, contentType, kind);
        return new CleanResult("", "", 0, "", kind, "", CleanResult.PageMetadata.NONE, List.of());
    }
}
