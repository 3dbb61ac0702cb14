package io.textmend.spark;

import io.textmend.InputKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line of {@link CleanJob}, as {@code spark-submit} passes it. One instance per run; not thread-safe. */
@Command(name = "textmend-spark", mixinStandardHelpOptions = true,
        description = "Cleans a crawl (WARC/WET or JSON Lines) with textmend on Spark; writes Parquet or JSON Lines.")
final class CleanJobCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Input files (any Hadoop file system path).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--files-from", paramLabel = "FILE",
            description = "A text file listing input paths, one a line (blank lines and # comments ignored).")
    String filesFrom;

    @Option(names = "--input-format", defaultValue = "warc", paramLabel = "FORMAT",
            description = "warc (WARC and WET, .gz or not) or jsonl (default: ${DEFAULT-VALUE}).")
    String inputFormat;

    @Option(names = "--field", defaultValue = "text", paramLabel = "NAME",
            description = "JSON Lines: the field holding the text or HTML (default: ${DEFAULT-VALUE}).")
    String field;

    @Option(names = "--url-field", paramLabel = "NAME", description = "JSON Lines: the field holding the URL.")
    String urlField;

    @Option(names = "--date-field", paramLabel = "NAME", description = "JSON Lines: the field holding the date.")
    String dateField;

    @Option(names = "--preset", defaultValue = "default", paramLabel = "NAME",
            description = "Boilerplate preset: conservative, default or aggressive (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--html", description = "Treat every page as HTML.")
    boolean html;

    @Option(names = "--text", description = "Treat every page as plain text.")
    boolean text;

    @Option(names = "--max-bytes", defaultValue = "67108864", paramLabel = "N",
            description = "A WARC record body over N bytes is a failure (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output folder.")
    String output;

    @Option(names = "--output-format", defaultValue = "parquet", paramLabel = "FORMAT",
            description = "parquet or json (JSON Lines) (default: ${DEFAULT-VALUE}).")
    String outputFormat;

    @Option(names = "--overwrite", description = "Replace the output folder if it exists.")
    boolean overwrite;

    @Option(names = "--site-templates", description = "Learn each site's template lines across the input and remove them.")
    boolean siteTemplates;

    @Option(names = "--template-share", defaultValue = "0.3", paramLabel = "F",
            description = "A template line is in at least this share of its site's pages (default: ${DEFAULT-VALUE}).")
    double templateShare;

    @Option(names = "--template-min-pages", defaultValue = "3", paramLabel = "N",
            description = "... and in at least N pages (default: ${DEFAULT-VALUE}).")
    long templateMinPages;

    @Option(names = "--profiles-out", paramLabel = "DIR", description = "Write the learned site profiles (JSON Lines).")
    String profilesOut;

    @Option(names = "--failures-out", paramLabel = "DIR", description = "Write skipped and failed pages (JSON Lines).")
    String failuresOut;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Parses and runs; returns the exit code. */
    static int execute(String[] args) {
        CommandLine cl = new CommandLine(new CleanJobCommand());
        cl.setParameterExceptionHandler((ex, a) -> {
            cl.getErr().println("textmend-spark: " + ex.getMessage() + " (see --help)");
            return 2;
        });
        cl.setErr(new PrintWriter(System.err, true));
        return cl.execute(args);
    }

    /** Checks what can be checked before Spark starts. */
    void validate() {
        if (html && text) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--html and --text cannot be combined");
        }
        if (paths.isEmpty() && filesFrom == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no inputs: give paths or --files-from");
        }
        try {
            JobOptions.Format.parse(inputFormat);
            new CleanerSpec(preset.toLowerCase(Locale.ROOT), InputKind.AUTO);
            if (siteTemplates) {
                new SiteTemplates.Thresholds(templateShare, templateMinPages);
            }
            if (!outputFormat.equals("parquet") && !outputFormat.equals("json")) {
                throw new IllegalArgumentException("--output-format: use parquet or json, got '" + outputFormat + "'");
            }
            if (maxBytes < 1) {
                throw new IllegalArgumentException("--max-bytes must be positive");
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    JobOptions options(Configuration conf) throws IOException {
        List<String> inputs = new ArrayList<>(paths);
        if (filesFrom != null) {
            inputs.addAll(readList(filesFrom, conf));
        }
        if (inputs.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no inputs: " + filesFrom + " lists none");
        }
        try {
            InputKind kind = html ? InputKind.HTML : text ? InputKind.TEXT : InputKind.AUTO;
            SiteTemplates.Thresholds t = siteTemplates ? new SiteTemplates.Thresholds(templateShare, templateMinPages)
                    : null;
            return new JobOptions(inputs, JobOptions.Format.parse(inputFormat), field, urlField, dateField,
                    new CleanerSpec(preset.toLowerCase(Locale.ROOT), kind), maxBytes, output, outputFormat,
                    overwrite, t, profilesOut, failuresOut);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The paths listed in a file, one a line. */
    static List<String> readList(String file, Configuration conf) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = HadoopConf.open(file, conf);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String p = line.strip();
                if (!p.isEmpty() && !p.startsWith("#")) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    @Override
    public Integer call() throws IOException {
        validate();
        SparkSession spark = SparkSession.builder().appName("textmend-spark").getOrCreate();
        try {
            JobOptions o = options(spark.sparkContext().hadoopConfiguration());
            JobSummary s = CleanJob.run(spark, o);
            System.out.println(s.line());
            return s.failed() == 0 ? 0 : 1;
        } finally {
            spark.stop();
        }
    }
}
