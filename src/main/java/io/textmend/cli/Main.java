package io.textmend.cli;

import io.textmend.TextMend;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code textmend} command. Only {@link #main} exits the JVM. */
@Command(name = "textmend", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns scraped web pages back into clean, correctly encoded text.",
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
        JitChoice.ownsJvm = true;
        System.exit(run(args, Console.system()));
    }

    /** The commands, in the order help lists them. */
    private static final List<String> COMMANDS = List.of("fix", "strip", "clean", "detect", "learn");

    private static Object command(String name) {
        switch (name) {
            case "fix":
                return new FixCommand();
            case "strip":
                return new StripCommand();
            case "clean":
                return new CleanCommand();
            case "detect":
                return new DetectCommand();
            case "learn":
                return new LearnCommand();
            default:
                throw new IllegalArgumentException(name);
        }
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, Console console) {
        CommandLine cl = new CommandLine(new Main());
        // picocli builds a command's model (reflection over some thirty options) when it is added: a
        // command line that starts with a command's name gets that command only, any other all of them
        String first = args.length > 0 ? args[0] : "";
        if (COMMANDS.contains(first)) {
            JitChoice.early(); // every command reads pages; the inputs decide, see JitChoice
        }
        for (String name : COMMANDS) {
            if (!COMMANDS.contains(first) || name.equals(first)) {
                cl.addSubcommand(name, command(name));
            }
        }
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
