package genlab.cli;

import java.nio.file.Path;
import java.util.function.IntFunction;

/**
 * What a command prints when SIGINT (Ctrl-C) or SIGTERM stops it: a fresh line after the progress
 * bar, then one line saying what is kept and the command that continues: for a training run,
 * which epochs are saved and the resume command; for a sweep or a study, that its finished runs
 * are kept and the same command continues. Installed as a JVM shutdown hook for the work's life.
 * Once it has printed, {@link #stopped} is true, and the errors of work cut short by the stop
 * (Spark's stopped context) are not printed after it.
 */
final class StopNotice {

    private static volatile boolean stopped;

    // what is kept, given the epochs saved so far
    private final IntFunction<String> where;
    private final Thread hook;
    private volatile int saved;
    private volatile boolean finished;

    private StopNotice(IntFunction<String> where) {
        this.where = where;
        this.hook = new Thread(this::print, "genlab-stop-notice");
    }

    /** For a training run in {@code run}, {@code saved} of {@code epochs} epochs on disk; see {@link #saved}. */
    static StopNotice install(Path run, int saved, int epochs) {
        StopNotice notice = new StopNotice(done -> (done == 0 ? "before its first epoch ended (nothing saved)"
                : "during epoch " + (done + 1) + " of " + epochs + " (" + (done == 1 ? "epoch 1 is" : "epochs 1-"
                        + done + " are") + " saved)") + "; continue with 'genlab resume " + run + "'");
        notice.saved = saved;
        Runtime.getRuntime().addShutdownHook(notice.hook);
        return notice;
    }

    /** For a sweep or a study writing into {@code out}: its finished runs are kept, and the same command continues. */
    static StopNotice installForRuns(Path out) {
        StopNotice notice = new StopNotice(done -> "; the finished runs in " + out + " are kept: rerun the same command "
                + "to continue");
        Runtime.getRuntime().addShutdownHook(notice.hook);
        return notice;
    }

    /** True once a stop notice has printed: the process is ending on a signal. */
    static boolean stopped() {
        return stopped;
    }

    /** Records that the checkpoint of {@code epoch} is on disk. */
    void saved(int epoch) {
        saved = epoch;
    }

    /** Uninstalls the hook: the work ended on its own (finished, failed or diverged). */
    void remove() {
        finished = true;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs and prints nothing (finished is set)
        }
    }

    private void print() {
        if (finished) {
            return;
        }
        stopped = true;
        String text = where.apply(saved);
        System.out.flush();
        System.err.println();
        System.err.println("genlab: stopped" + (text.startsWith(";") ? "" : " ") + text);
        System.err.flush();
    }
}
