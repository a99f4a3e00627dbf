package genlab.cli;

import genlab.ConfigException;
import genlab.GenLabException;
import genlab.run.RunExistsException;
import genlab.train.RunDivergedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code genlab} command: one sub-command per job. */
@Command(name = "genlab", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Train, sample and evaluate deep generative models on the JVM.",
        subcommands = {VaeCommand.class, GanCommand.class, DualGanCommand.class, CompareCommand.class,
            ResumeCommand.class, SampleCommand.class, ClassifierCommand.class, EvalCommand.class, ReportCommand.class, BoardCommand.class, TheoryCommand.class, BenchCommand.class, ClusterCommand.class, SweepCommand.class})
public final class Main implements Runnable {

    /** The version in the jar's manifest (the pom's, one source of truth); "unknown" outside the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"genlab " + (version != null ? version : "unknown (not run from genlab.jar)")};
        }
    }

    /** Exit code for user mistakes: a bad flag, a missing or corrupt file. */
    public static final int USAGE_ERROR = 2;
    /** The exit code of work stopped by a signal, as a shell reports SIGINT's. */
    public static final int STOPPED = 130;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 2 user error, 1 failure). */
    public static int execute(String... args) {
        System.setProperty("java.awt.headless", "true");
        // libtorch comes from the pytorch-native-cpu jar, never from a download (spark-submit runs Main without the launcher)
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, argv) -> {
            e.getCommandLine().getErr().println("genlab: " + UsageErrors.message(e) + " (see '"
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return USAGE_ERROR;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (StopNotice.stopped()) {
                // work cut short by Ctrl-C or SIGTERM (Spark's context stopped under it): the notice said it all
                return STOPPED;
            }
            if (e instanceof RunExistsException r) {
                commandLine.getErr().println("genlab: " + r.message(FlagNames::flag) + " with 'genlab resume " + r.dir()
                        + "'");
                return USAGE_ERROR;
            }
            if (e instanceof ConfigException c) {
                commandLine.getErr().println("genlab: " + c.message(FlagNames::flag));
                return USAGE_ERROR;
            }
            if (e instanceof RunDivergedException d) {
                commandLine.getErr().println("genlab: " + d.getMessage() + ": continue with 'genlab resume " + d.run()
                        + " --lr <smaller>'");
                return USAGE_ERROR;
            }
            if (e instanceof GenLabException g) {
                commandLine.getErr().println("genlab: " + g.message(FlagNames::flag));
                return USAGE_ERROR;
            }
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : e instanceof IOException i ? i : null;
            if (io != null) {
                // a read-only or full output folder: one line, and the atomic writes left no partial file
                String file = io instanceof FileSystemException f && f.getFile() != null ? f.getFile() + ": " : "";
                commandLine.getErr().println("genlab: " + file + "cannot write (" + GenLabException.reason(io) + ")");
                return USAGE_ERROR;
            }
            throw e;
        });
        return cli.execute(args);
    }
}
