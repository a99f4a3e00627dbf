package genlab.cli;

import genlab.GenLabException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code genlab} command: one sub-command per job. */
@Command(name = "genlab", mixinStandardHelpOptions = true, version = "genlab 0.1.0",
        description = "Train, sample and evaluate deep generative models on the JVM.",
        subcommands = {VaeCommand.class, GanCommand.class, DualGanCommand.class, SampleCommand.class,
            TheoryCommand.class})
public final class Main implements Runnable {

    /** Exit code for user mistakes: a bad flag, a missing or corrupt file. */
    public static final int USAGE_ERROR = 2;

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
        CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, argv) -> {
            e.getCommandLine().getErr().println("genlab: " + e.getMessage() + " (see '"
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return USAGE_ERROR;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof GenLabException) {
                commandLine.getErr().println("genlab: " + e.getMessage());
                return USAGE_ERROR;
            }
            throw e;
        });
        return cli.execute(args);
    }
}
