package io.textmend.cli;

import io.textmend.Change;
import io.textmend.encoding.Gzip;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every command shares: the inputs (files, folders, stdin, JSON Lines), where the outputs go,
 * reports, and the rule that one failing input never stops the batch.
 */
abstract class AbstractCommand implements Callable<Integer> {

    Console console = Console.system();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files and folders; none or '-' reads stdin and writes stdout.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR",
            description = "Write outputs under DIR, mirroring the inputs' relative paths.")
    Path outputDir;

    @Option(names = {"-r", "--recursive"}, description = "Descend into subfolders of folder inputs.")
    boolean recursive;

    @Option(names = "--in-place", description = "Rewrite each input file (atomically). The only way an input is changed.")
    boolean inPlace;

    @Option(names = "--jsonl", description = "Input is JSON Lines; the field named by --field is processed.")
    boolean jsonl;

    @Option(names = "--field", defaultValue = "text", paramLabel = "NAME",
            description = "JSON Lines field to process (default: ${DEFAULT-VALUE}).")
    String field;

    @Option(names = "--html", description = "Treat input as HTML.")
    boolean html;

    @Option(names = "--text", description = "Treat input as plain text.")
    boolean text;

    @Option(names = "--charset", paramLabel = "NAME", description = "The input's charset, when you know it.")
    String charset;

    @Option(names = "--report", paramLabel = "FILE|-", description = "Write a JSON Lines report of every change.")
    String report;

    @Option(names = "--explain", description = "Explain every change, readably, on stderr.")
    boolean explain;

    @Option(names = "--max-bytes", defaultValue = "67108864", paramLabel = "N",
            description = "Refuse a page or record larger than N bytes after decompression (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = {"-q", "--quiet"}, description = "No progress or summary on stderr.")
    boolean quiet;

    @Option(names = "--stacktrace", description = "Print stack traces of failures.")
    boolean stacktrace;

    /** What processing one input produced. */
    record Output(byte[] bytes, List<Change> changes, boolean html) {
    }

    /** Processes one whole input. */
    abstract Output process(byte[] bytes, Input in);

    /** Processes the text of one JSON Lines field, recording changes. */
    abstract String processField(String value, List<Change> changes);

    /** The output file name for an input name; by default the name without {@code .gz}. */
    String outputName(String name, boolean htmlInput) {
        return stripGz(name);
    }

    static String stripGz(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /** Whether this command writes per-input outputs (detect prints one JSON line per input instead). */
    boolean writesOutputs() {
        return true;
    }

    void validate() {
        if (inPlace && outputDir != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--in-place and --output-dir cannot be combined");
        }
        if (html && text) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--html and --text cannot be combined");
        }
        if (maxBytes < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-bytes must be positive");
        }
    }

    private int failures;
    private Reporter reporter;

    @Override
    public Integer call() throws IOException {
        validate();
        List<String> given = paths.isEmpty() ? List.of("-") : paths;
        if (inPlace && given.contains("-")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--in-place needs files, not stdin");
        }
        if (outputDir != null) {
            checkOutputDir(given);
        }
        try (Reporter r = Reporter.open(report, console)) {
            reporter = r;
            List<Input> inputs = InputWalker.expand(given, recursive, outputDir, this::fail);
            for (Input in : inputs) {
                runOne(in);
            }
        }
        console.flush();
        return failures == 0 ? Main.OK : Main.SOME_FAILED;
    }

    private void checkOutputDir(List<String> given) {
        Path out = outputDir.toAbsolutePath().normalize();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "output dir " + outputDir + " is not a folder");
        }
        for (String g : given) {
            if (!g.equals("-") && Files.isRegularFile(Path.of(g))
                    && Path.of(g).toAbsolutePath().normalize().startsWith(out)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "input " + g + " is inside the output dir " + outputDir);
            }
        }
    }

    void fail(String display, String reason) {
        failures++;
        console.error("textmend: " + display + ": " + reason);
        if (reporter != null) {
            reporter.failure(display, reason);
        }
    }

    private void runOne(Input in) {
        try {
            byte[] raw = read(in);
            byte[] bytes = Gzip.maybeInflate(raw, maxBytes);
            if (jsonl) {
                runJsonl(in, bytes);
                return;
            }
            Output out = process(bytes, in);
            reporter.changes(in.display(), -1, out.changes());
            explain(in.display(), out.changes());
            if (writesOutputs()) {
                deliver(in, out);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException
                 | OutOfMemoryError | StackOverflowError e) {
            fail(in.display(), Messages.reason(e));
            if (stacktrace) {
                console.printStackTrace(e);
            }
        }
    }

    private byte[] read(Input in) throws IOException {
        if (in.isStdin()) {
            return Gzip.readLimited(console.in(), maxBytes);
        }
        if (Files.size(in.path()) > maxBytes && !Gzip.isGzip(head(in.path())) && !jsonl) {
            throw new io.textmend.encoding.InputTooLargeException(maxBytes);
        }
        return Files.readAllBytes(in.path());
    }

    private static byte[] head(Path p) throws IOException {
        try (InputStream s = Files.newInputStream(p)) {
            return s.readNBytes(2);
        }
    }

    private void runJsonl(Input in, byte[] bytes) throws IOException {
        String all = new String(bytes, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(all.length());
        int lineNo = 0;
        int badLines = 0;
        int i = 0;
        while (i < all.length()) {
            int nl = all.indexOf('\n', i);
            int end = nl < 0 ? all.length() : nl;
            String line = all.substring(i, end);
            lineNo++;
            String body = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            String eol = line.substring(body.length()) + (nl < 0 ? "" : "\n");
            if (body.isBlank()) {
                out.append(line).append(nl < 0 ? "" : "\n");
            } else {
                List<Change> changes = new ArrayList<>();
                Json.Rewrite r = Json.rewrite(body, field, v -> processField(v, changes));
                if (r.error() != null) {
                    badLines++;
                    console.error("textmend: " + in.display() + ":" + lineNo + ": " + r.error()
                            + "; line written unchanged");
                    reporter.failure(in.display() + ":" + lineNo, r.error());
                } else {
                    reporter.changes(in.display(), lineNo, changes);
                    explain(in.display() + ":" + lineNo, changes);
                }
                out.append(r.line()).append(eol);
            }
            i = nl < 0 ? all.length() : nl + 1;
        }
        if (badLines > 0) {
            failures++;
        }
        if (writesOutputs()) {
            deliver(in, new Output(out.toString().getBytes(StandardCharsets.UTF_8), List.of(), false));
        }
    }

    private void deliver(Input in, Output out) throws IOException {
        if (inPlace) {
            AtomicFiles.write(in.path(), out.bytes());
        } else if (outputDir != null) {
            Path target = OutputPaths.resolve(outputDir, in, outputName(nameOf(in), out.html()));
            AtomicFiles.write(target, out.bytes());
        } else {
            OutputStream o = console.out();
            o.write(out.bytes());
            o.flush();
        }
    }

    private static String nameOf(Input in) {
        return in.isStdin() ? "stdin" : in.relative().getFileName().toString();
    }

    private void explain(String display, List<Change> changes) {
        if (!explain) {
            return;
        }
        for (Change c : changes) {
            console.error(Explain.line(display, c));
        }
    }
}
