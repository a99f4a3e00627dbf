package genlab.cli;

import genlab.train.TrainingDivergedException;
import genlab.train.TrainingEvent;
import genlab.train.TrainingListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import static org.assertj.core.api.Assertions.assertThat;

/** Runs the CLI in-process and captures its exit code, stdout and stderr. */
final class CliTestSupport {

    record Result(int exitCode, String out, String err) {}

    /** A small ring8 GAN: 5 batches of 64 per epoch on one thread (add --epochs and --out). */
    static final String[] SMALL_GAN = {"gan", "--dataset", "ring8", "--batches-per-epoch", "5", "--batch-size", "64",
        "--threads", "1"};

    private CliTestSupport() {}

    /** A user mistake: exit code 2 and one line on stderr, no stack trace, containing {@code expected}. */
    static void assertUserError(Result r, String expected) {
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception").contains(expected);
    }

    /** {@code base} followed by {@code more}. */
    static String[] with(String[] base, String... more) {
        String[] all = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    /** Trains {@link #SMALL_GAN} for {@code epochs} into {@code out}, which it returns. */
    static Path trainSmallGan(Path out, int epochs) {
        Result r = run(with(SMALL_GAN, "--epochs", Integer.toString(epochs), "--out", out.toString()));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return out;
    }

    /** A copy of a run's config.json, model.params, checkpoint.bin and metrics.csv in a new folder {@code to}. */
    static Path copyRun(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (String file : new String[] {"config.json", "model.params", "checkpoint.bin", "metrics.csv"}) {
            Files.copy(from.resolve(file), to.resolve(file));
        }
        return to;
    }

    /**
     * Runs the CLI as if the objective of global training step {@code step} (from 1) were NaN: the
     * run stops there as a diverged one does, after the step.
     */
    static Result runWithNanAt(long step, String... args) {
        EngineOptions.alsoTell = new NanAt(step);
        try {
            return run(args);
        } finally {
            EngineOptions.alsoTell = TrainingListener.SILENT;
        }
    }

    // diverges at a global training step, counting the batches of the training passes ("epoch N/E")
    private static final class NanAt implements TrainingListener {

        private final long step;
        private long steps;
        private int epoch;
        private boolean training;

        NanAt(long step) {
            this.step = step;
        }

        @Override
        public void on(TrainingEvent event) {
            if (event instanceof TrainingEvent.PassStarted pass) {
                training = pass.unit().equals("batches");
                epoch = training ? Integer.parseInt(pass.label().replaceAll("epoch (\\d+)/.*", "$1")) : epoch;
            } else if (event instanceof TrainingEvent.BatchEnded batch && training && ++steps == step) {
                throw new TrainingDivergedException(epoch, batch.index(), "d_loss", Double.NaN);
            }
        }
    }

    static synchronized Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
