package genlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs GenLab as a user does, in a separate process through the {@code ./genlab} launcher (with
 * the test class path instead of the built jar, so the launcher's locale and JVM settings apply).
 */
final class CliProcess {

    /** A finished process: exit code and everything it printed (stdout and stderr together). */
    record Result(int exitCode, String output) {}

    private static final Path LAUNCHER = SharedData.repositoryRoot().resolve("genlab");

    private CliProcess() {}

    /**
     * The JVM option that puts a test process's temporary files in {@code folder/.tmp} (made here): a
     * process a test kills cannot delete them (JLine's native library, ImageIO's cache), and they
     * stay with the test's folder instead of the machine's /tmp.
     */
    static String tempDirOption(Path folder) throws IOException {
        return "-Djava.io.tmpdir=" + Files.createDirectories(folder.resolve(".tmp")).toAbsolutePath();
    }

    /**
     * The launcher running {@code args} in {@code cwd}, with extra environment variables; output to
     * {@code log}; its temporary files in {@code cwd/.tmp} ({@link #tempDirOption}).
     */
    static ProcessBuilder builder(Path cwd, Map<String, String> env, Path log, String... args) throws IOException {
        // SIGINT at its default even when this JVM was started in the background (where it is ignored)
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT", "bash", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("GENLAB_CLASSPATH", System.getProperty("java.class.path"));
        pb.environment().put("GENLAB_JAVA_OPTS", tempDirOption(cwd));
        pb.environment().putAll(env);
        return pb;
    }

    /** Runs the launcher to the end (at most {@code timeoutSeconds}) and returns what it did. */
    static Result run(Path cwd, Map<String, String> env, long timeoutSeconds, String... args) throws IOException,
            InterruptedException {
        Path log = Files.createTempFile(cwd, "genlab-", ".log");
        Process p = builder(cwd, env, log, args).start();
        assertThat(p.waitFor(timeoutSeconds, TimeUnit.SECONDS)).as("genlab %s finished in %d s", args, timeoutSeconds)
                .isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Result(p.exitValue(), output);
    }

    /** Waits (up to a minute) until the process has printed {@code text}; false if it ended first. */
    static boolean await(Process p, Path log, String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (Files.readString(log, StandardCharsets.ISO_8859_1).contains(text)) {
                return true;
            }
            Thread.sleep(50);
        }
        return Files.readString(log, StandardCharsets.ISO_8859_1).contains(text);
    }
}
