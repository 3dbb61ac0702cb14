package io.textmend.cli;

import io.textmend.Change;
import io.textmend.CleanResult;
import io.textmend.InputKind;
import java.io.BufferedInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every command shares: the inputs (files, folders, lists of paths, stdin, JSON Lines, WARC),
 * where the outputs go, parallel execution, resuming, progress, reports, and the rule that one
 * failing input never stops the batch.
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

    @Option(names = "--files-from", paramLabel = "FILE|-",
            description = "Also read input paths from FILE (or stdin), one a line.")
    String filesFrom;

    @Option(names = {"-0", "--null"}, description = "Paths in --files-from are separated by NUL bytes (find -print0).")
    boolean nulSeparated;

    @Option(names = "--jsonl", description = "Input is JSON Lines; the field named by --field is processed.")
    boolean jsonl;

    @Option(names = "--field", defaultValue = "text", paramLabel = "NAME",
            description = "JSON Lines field to process (default: ${DEFAULT-VALUE}).")
    String field;

    @Option(names = "--html-field", paramLabel = "NAME",
            description = "JSON Lines field holding HTML: its article text is written to --field (added when absent).")
    String htmlField;

    @Option(names = "--url-field", paramLabel = "NAME",
            description = "JSON Lines field holding the page URL, named in reports and messages.")
    String urlField;

    @Option(names = "--gzip", description = "Write JSON Lines outputs (of --jsonl and WARC inputs) gzipped, as .jsonl.gz.")
    boolean gzipOutput;

    @Option(names = "--max-depth", defaultValue = "512", paramLabel = "N",
            description = "Refuse an HTML page nested deeper than N elements (default: ${DEFAULT-VALUE}).")
    int maxDepth;

    /** A cleaner for one input kind, with this command line's charset, preset and limits. */
    io.textmend.Cleaner newCleaner(InputKind kind, io.textmend.boilerplate.StripOptions strip) {
        return new io.textmend.Cleaner(io.textmend.CleanOptions.defaults().withKind(kind).withExtract(extractOptions())
                .withStrip(strip).withEncoding(io.textmend.encoding.EncodingOptions.defaults().withGivenCharset(charset)));
    }

    /** HTML extraction options from the command line. */
    io.textmend.html.ExtractOptions extractOptions() {
        return io.textmend.html.ExtractOptions.defaults().withMaxDepth(maxDepth);
    }

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

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--resume", description = "Skip inputs whose output is complete in DIR; remove temporary files "
            + "left by a killed run.")
    boolean resume;

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

    /** Processes the HTML of a JSON Lines field into the text written to {@code --field}. */
    String processHtmlField(String htmlValue, List<Change> changes) {
        return processField(htmlValue, changes);
    }

    /** {@link #processField(String, List)} for a record of {@code input} whose URL field holds {@code url} (may be null). */
    String processField(String value, List<Change> changes, Input input, String url) {
        return processField(value, changes);
    }

    /** {@link #processHtmlField(String, List)} for a record of {@code input} with that URL (may be null). */
    String processHtmlField(String htmlValue, List<Change> changes, Input input, String url) {
        return processHtmlField(htmlValue, changes);
    }

    /** Cleans one WARC record's body; only {@code clean} reads WARC archives. */
    CleanResult cleanRecord(byte[] body, String contentType, InputKind kind) {
        throw new IllegalArgumentException("WARC input is read by 'textmend clean' only");
    }

    /** {@link #cleanRecord(byte[], String, InputKind)} for a record of {@code input} with that target URI. */
    CleanResult cleanRecord(byte[] body, String contentType, InputKind kind, Input input, String url) {
        return cleanRecord(body, contentType, kind);
    }

    /**
     * The folder an input was found under (the path given on the command line), for
     * {@code --site-key dir}; null for stdin.
     */
    static Path rootOf(Input in) {
        if (in.isStdin() || in.relative() == null) {
            return null;
        }
        Path root = in.path().toAbsolutePath().normalize();
        for (int k = 0; k < in.relative().getNameCount() && root != null; k++) {
            root = root.getParent();
        }
        return root;
    }

    /** Whether this command streams plain inputs instead of reading them whole ({@code fix}). */
    boolean streams() {
        return false;
    }

    /** Streams one large plain input to its output; only for commands that {@link #streams()}. */
    void stream(Input in, BufferedInputStream body) throws IOException {
        throw new UnsupportedOperationException();
    }

    /** Whether this command reads WARC archives ({@code clean}). */
    boolean readsWarc() {
        return false;
    }

    /** Whether {@code --html-field} text goes to {@code --field} (clean, strip) rather than back into the HTML field. */
    boolean extractsHtml() {
        return false;
    }

    /** The output file name for an input name; by default the name without {@code .gz}. */
    String outputName(String name, boolean htmlInput) {
        return stripGz(name);
    }

    static String stripGz(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /** The output name of a JSON Lines input. */
    String jsonlName(String name) {
        return stripGz(name) + (gzipOutput ? ".gz" : "");
    }

    /** The output name of a WARC input: {@code a.warc.gz} gives {@code a.jsonl}, {@code a.warc.wet.gz} {@code a.warc.jsonl}. */
    String warcName(String name) {
        String n = stripGz(name);
        String lower = n.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".warc") || lower.endsWith(".wet")) {
            n = n.substring(0, n.lastIndexOf('.'));
        }
        return n + ".jsonl" + (gzipOutput ? ".gz" : "");
    }

    /** Whether this command writes per-input outputs (detect prints one JSON line per input instead). */
    boolean writesOutputs() {
        return true;
    }

    void validate() {
        CommandLine cl = spec.commandLine();
        if (inPlace && outputDir != null) {
            throw new CommandLine.ParameterException(cl, "--in-place and --output-dir cannot be combined");
        }
        if (html && text) {
            throw new CommandLine.ParameterException(cl, "--html and --text cannot be combined");
        }
        if (maxBytes < 1) {
            throw new CommandLine.ParameterException(cl, "--max-bytes must be positive");
        }
        if (maxDepth < 16) {
            throw new CommandLine.ParameterException(cl, "--max-depth must be at least 16");
        }
        if (threads < 1) {
            throw new CommandLine.ParameterException(cl, "--threads must be at least 1");
        }
        if (resume && outputDir == null) {
            throw new CommandLine.ParameterException(cl, "--resume needs --output-dir");
        }
        if (nulSeparated && filesFrom == null) {
            throw new CommandLine.ParameterException(cl, "-0 needs --files-from");
        }
        if ((htmlField != null || urlField != null) && !jsonl) {
            throw new CommandLine.ParameterException(cl, "--html-field and --url-field need --jsonl");
        }
    }

    Stats stats;
    Reporter reporter;
    private final Map<Path, String> claims = new ConcurrentHashMap<>();
    /** Folders below DIR found to be real folders inside it, this run (see {@link OutputPaths}). */
    private final java.util.Set<Path> checkedDirs = ConcurrentHashMap.newKeySet();
    /** Folders this run has written an output into (see {@link AtomicFiles}). */
    private final java.util.Set<Path> writtenDirs = ConcurrentHashMap.newKeySet();
    private ExecutorService recordPool;
    private List<Path> outputDirs = List.of();

    @Override
    public Integer call() throws IOException {
        validate();
        List<String> given = new ArrayList<>(paths);
        List<String> listed = readFilesFrom();
        if (given.isEmpty() && filesFrom == null) {
            given.add("-");
        }
        if (inPlace && (given.contains("-") || !listed.isEmpty() && listed.contains("-"))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--in-place needs files, not stdin");
        }
        if (filesFrom != null && filesFrom.equals("-") && given.contains("-")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "stdin cannot be both --files-from and input");
        }
        stats = new Stats();
        if (outputDir != null) {
            checkOutputDir(given, listed);
            String why = OutputDirs.prepare(outputDir);
            if (why != null) {
                console.error("textmend: cannot write to output dir " + outputDir + ": " + why);
                return Main.SOME_FAILED;
            }
            outputDirs = OutputDirs.forms(outputDir);
            if (resume) {
                OutputDirs.removeTemps(outputDir);
            }
        }
        boolean batch = writesOutputs() && (outputDir != null || inPlace);
        try (Reporter r = Reporter.open(report, console)) {
            reporter = r;
            List<Input> inputs = new ArrayList<>(InputWalker.expand(given, recursive, outputDirs, this::fail));
            inputs.addAll(FilesFrom.inputs(listed, recursive, outputDirs, this::fail));
            stats.inputs.add(inputs.size());
            JitChoice.decide(inputs, threads);
            try (Progress progress = batch ? Progress.open(console, quiet) : Progress.NONE) {
                progress.start(stats, inputs.size());
                if (batch && threads > 1 && inputs.size() > 1) {
                    runParallel(inputs);
                } else {
                    for (Input in : inputs) {
                        runOne(in);
                    }
                }
            }
        } finally {
            shutDownRecordPool();
        }
        if (resume) {
            OutputDirs.pruneEmptyFolders(outputDir);
        }
        console.flush();
        if (batch && !quiet) {
            stats.summary().forEach(console::error);
        }
        return stats.failures.sum() == 0 ? Main.OK : Main.SOME_FAILED;
    }

    private List<String> readFilesFrom() throws IOException {
        if (filesFrom == null) {
            return List.of();
        }
        if (filesFrom.equals("-")) {
            return FilesFrom.entries(console.in(), nulSeparated);
        }
        try (InputStream in = Files.newInputStream(Path.of(filesFrom))) {
            return FilesFrom.entries(in, nulSeparated);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--files-from " + filesFrom + ": " + Messages.reason(e));
        }
    }

    /** Runs the inputs on {@code threads} workers that each take the next input; no per-input task is queued. */
    private void runParallel(List<Input> inputs) {
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        java.util.concurrent.ThreadFactory factory = daemon("textmend-file");
        for (int t = 0; t < Math.min(threads, inputs.size()); t++) {
            Thread w = factory.newThread(() -> {
                for (int i; (i = next.getAndIncrement()) < inputs.size(); ) {
                    try {
                        runOne(inputs.get(i));
                    } catch (RuntimeException | Error e) {
                        fail(inputs.get(i).display(), "internal error: " + Messages.reason(e));
                    }
                }
            });
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, name + "-" + n.incrementAndGet(), 16L << 20);
            t.setDaemon(true);
            return t;
        };
    }

    private synchronized void shutDownRecordPool() {
        if (recordPool != null) {
            recordPool.shutdownNow();
            recordPool = null; // a second pass (clean --learn-sites) starts a new one
        }
    }

    /** The pool that runs the pieces of streamed inputs (JSON Lines records, WARC records, chunks). */
    synchronized ExecutorService recordPool() {
        if (recordPool == null) {
            recordPool = Executors.newFixedThreadPool(threads, daemon("textmend-work"));
        }
        return recordPool;
    }

    private void checkOutputDir(List<String> given, List<String> listed) {
        Path out = outputDir.toAbsolutePath().normalize();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "output dir " + outputDir + " is not a folder");
        }
        List<String> all = new ArrayList<>(given);
        all.addAll(listed);
        for (String g : all) {
            if (g.equals("-")) {
                continue;
            }
            Path p = Path.of(g).toAbsolutePath().normalize();
            if (p.startsWith(out) || realStartsWith(Path.of(g), out)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "input " + g + " is inside the output dir " + outputDir);
            }
        }
        if (report != null && !report.equals("-") && Path.of(report).toAbsolutePath().normalize().startsWith(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "report " + report + " is inside the output dir " + outputDir + "; only outputs go there");
        }
    }

    private static boolean realStartsWith(Path p, Path out) {
        try {
            return Files.exists(p) && Files.exists(out) && p.toRealPath().startsWith(out.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** A first pass over the inputs (site learning) stays silent: the real pass reports each failure once. */
    boolean silentPass;

    void fail(String display, String reason) {
        stats.failures.increment();
        if (silentPass) {
            return;
        }
        console.error("textmend: " + display + ": " + reason);
        if (reporter != null) {
            reporter.failure(display, reason);
        }
    }

    /** A failure of one record or line of an input that is otherwise written; the input counts as failed. */
    void recordFailure(String where, String reason, String consequence) {
        if (silentPass) {
            return;
        }
        console.error("textmend: " + where + ": " + reason + (consequence.isEmpty() ? "" : "; " + consequence));
        reporter.failure(where, reason);
    }

    private void runOne(Input in) {
        try {
            long size = in.isStdin() ? -1 : checkReadable(in.path());
            if (resume && outputDir != null && complete(in)) {
                stats.skipped.increment();
                reporter.skipped(in.display());
                return;
            }
            if (!in.isStdin() && Sources.isWarcName(in.path())) {
                runWarc(in);
                return;
            }
            if (size >= 0 && size <= maxBytes && !jsonl && !streams()) {
                // the usual page of a tree: read whole at once, no stream
                runPage(in, Sources.readSmallFile(in.path(), size, maxBytes));
                return;
            }
            try (BufferedInputStream body = Sources.open(in, console)) {
                if (in.isStdin() && !jsonl && Sources.startsWithWarc(body)) {
                    runWarc(in, body);
                } else if (jsonl) {
                    boolean failed = deliverStream(in, jsonlName(nameOf(in)), out -> {
                        OutputStream o = gzipOutput ? new GZIPOutputStream(out, 1 << 16) : out;
                        boolean bad = new JsonlJob(this, in).run(body, o);
                        if (o != out) {
                            ((GZIPOutputStream) o).finish();
                        }
                        return bad;
                    });
                    finishInput(failed);
                } else if (streams() && FixStream.isLarge(body)) {
                    stream(in, body);
                    finishInput(false);
                } else {
                    runPage(in, Sources.readPage(body, maxBytes));
                }
            }
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            fail(in.display(), Messages.reason(e));
            if (stacktrace) {
                console.printStackTrace(e);
            }
        }
    }

    /** Processes one whole page read from {@code in} and delivers its output. */
    private void runPage(Input in, byte[] bytes) throws IOException {
        stats.bytesIn.add(bytes.length);
        Output out = process(bytes, in);
        stats.count(out.changes());
        reporter.changes(in.display(), -1, out.changes());
        explain(in.display(), out.changes());
        if (writesOutputs()) {
            deliver(in, outputName(nameOf(in), out.html()), out.bytes());
        }
        finishInput(false);
        if (!out.changes().isEmpty()) {
            stats.changed.increment();
        }
    }

    private void runWarc(Input in) throws IOException {
        try (BufferedInputStream body = new BufferedInputStream(Files.newInputStream(in.path()), 1 << 16)) {
            runWarc(in, body);
        }
    }

    private void runWarc(Input in, InputStream body) throws IOException {
        if (!readsWarc()) {
            throw new IOException("WARC archives are read by 'textmend clean' only");
        }
        if (inPlace) {
            throw new IOException("--in-place does not rewrite WARC archives; use --output-dir");
        }
        boolean failed = deliverStream(in, warcName(nameOf(in)), out -> {
            OutputStream o = gzipOutput ? new GZIPOutputStream(out, 1 << 16) : out;
            boolean bad = new WarcJob(this, in).run(body, o);
            if (o != out) {
                ((GZIPOutputStream) o).finish();
            }
            return bad;
        });
        finishInput(failed);
    }

    /** Counts an input that got its output; {@code someFailed} when some of its records failed. */
    void finishInput(boolean someFailed) {
        stats.done.increment();
        if (someFailed) {
            stats.failures.increment();
        }
    }

    /** Fails unless {@code p} is a readable regular file; returns its size. */
    private static long checkReadable(Path p) throws IOException {
        java.nio.file.attribute.BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException e) {
            if (Files.isSymbolicLink(p)) {
                throw new IOException("unreadable: dangling symlink");
            }
            throw new java.nio.file.NoSuchFileException(p.toString());
        }
        if (a.isDirectory()) {
            throw new IOException("is a folder");
        }
        if (!a.isRegularFile()) {
            throw new IOException("unreadable: not a regular file");
        }
        if (!Files.isReadable(p)) {
            throw new java.nio.file.AccessDeniedException(p.toString());
        }
        return a.size();
    }

    /** With --resume: whether this input's output is already in DIR (outputs appear only by rename, so complete). */
    private boolean complete(Input in) throws IOException {
        String name = nameOf(in);
        List<String> candidates = new ArrayList<>();
        if (Sources.isWarcName(in.path())) {
            candidates.add(warcName(name));
        } else if (jsonl) {
            candidates.add(jsonlName(name));
        } else {
            candidates.add(outputName(name, false));
            candidates.add(outputName(name, true));
        }
        for (String c : candidates) {
            Path t = OutputPaths.resolve(outputDir, in, c, checkedDirs);
            if (Files.isRegularFile(t, LinkOption.NOFOLLOW_LINKS)) {
                claim(t, in);
                return true;
            }
        }
        return false;
    }

    /** Writes one whole output where it belongs. */
    private void deliver(Input in, String outName, byte[] bytes) throws IOException {
        stats.bytesOut.add(bytes.length);
        if (writesOutputs() && !inPlace && outputDir != null) {
            Path target = OutputPaths.resolve(outputDir, in, outName, checkedDirs);
            claim(target, in);
            AtomicFiles.write(target, bytes, writtenDirs);
            return;
        }
        deliverStream(in, outName, out -> {
            out.write(bytes);
            return false;
        });
    }

    /** A writer of one output stream; returns whether some part of the input failed. */
    interface Body {
        boolean writeTo(OutputStream out) throws IOException;
    }

    /** Streams one output: atomically into DIR or over the input (--in-place), else to stdout. */
    boolean deliverStream(Input in, String outName, Body body) throws IOException {
        boolean[] failed = {false};
        if (!writesOutputs()) {
            return body.writeTo(OutputStream.nullOutputStream());
        }
        if (inPlace) {
            if (!stripGz(nameOf(in)).equals(nameOf(in))) {
                throw new IOException("--in-place does not rewrite gzip files");
            }
            AtomicFiles.write(in.path(), out -> failed[0] = body.writeTo(out));
        } else if (outputDir != null) {
            Path target = OutputPaths.resolve(outputDir, in, outName, checkedDirs);
            claim(target, in);
            AtomicFiles.write(target, out -> failed[0] = body.writeTo(out), writtenDirs);
        } else {
            OutputStream o = new FilterOutputStream(console.out()) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            failed[0] = body.writeTo(o);
            o.flush();
        }
        return failed[0];
    }

    private void claim(Path target, Input in) throws IOException {
        String other = claims.putIfAbsent(target.toAbsolutePath().normalize(), in.display());
        if (other != null && !other.equals(in.display())) {
            throw new IOException("its output " + target + " is also the output of " + other);
        }
    }

    static String nameOf(Input in) {
        return in.isStdin() ? "stdin" : in.relative().getFileName().toString();
    }

    void explain(String display, List<Change> changes) {
        if (!explain) {
            return;
        }
        for (Change c : changes) {
            console.error(Explain.line(display, c));
        }
    }
}
