package io.textmend.cli;

import io.textmend.TextMend;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code textmend} command. Only {@link #main} exits the JVM. */
@Command(name = "textmend", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns scraped web pages back into clean, correctly encoded text.",
        subcommands = {FixCommand.class, StripCommand.class, CleanCommand.class, DetectCommand.class,
            LearnCommand.class},
        synopsisSubcommandLabel = "COMMAND")
public final class Main implements Runnable {

    /** Exit code: every input processed. */
    public static final int OK = 0;
    /** Exit code: some input failed; the rest were processed. */
    public static final int SOME_FAILED = 1;
    /** Exit code: bad command line. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: fix, strip, clean, detect or learn");
    }

    public static void main(String[] args) {
        System.exit(run(args, Console.system()));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, Console console) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(console.outWriter(), true));
        cl.setErr(new PrintWriter(console.errWriter(), true));
        cl.setParameterExceptionHandler((ex, a) -> {
            console.error("textmend: " + ex.getMessage() + " (see textmend --help)");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            boolean trace = parsed.hasMatchedOption("--stacktrace");
            console.error("textmend: " + Messages.reason(ex));
            if (trace) {
                console.printStackTrace(ex);
            }
            return SOME_FAILED;
        });
        for (CommandLine sub : cl.getSubcommands().values()) {
            Object cmd = sub.getCommand();
            if (cmd instanceof AbstractCommand ac) {
                ac.console = console;
            }
        }
        int code = cl.execute(args);
        console.flush();
        return code;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"textmend " + TextMend.version()};
        }
    }
}
