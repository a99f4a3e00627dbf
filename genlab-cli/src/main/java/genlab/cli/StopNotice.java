package genlab.cli;

import genlab.report.RunFolder;

/**
 * What a training run prints when SIGINT (Ctrl-C) or SIGTERM stops it: a fresh line after the
 * progress bar, then one line saying which epochs are saved and the command that continues the
 * run. Installed as a JVM shutdown hook for the run's life.
 */
final class StopNotice {

    private final RunFolder run;
    private final int epochs;
    private final Thread hook;
    private volatile int saved;
    private volatile boolean finished;

    private StopNotice(RunFolder run, int saved, int epochs) {
        this.run = run;
        this.saved = saved;
        this.epochs = epochs;
        this.hook = new Thread(this::print, "genlab-stop-notice");
    }

    static StopNotice install(RunFolder run, int saved, int epochs) {
        StopNotice notice = new StopNotice(run, saved, epochs);
        Runtime.getRuntime().addShutdownHook(notice.hook);
        return notice;
    }

    /** Records that the checkpoint of {@code epoch} is on disk. */
    void saved(int epoch) {
        saved = epoch;
    }

    /** Uninstalls the hook: the run ended on its own (finished, failed or diverged). */
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
        String where = saved == 0 ? "before its first epoch ended (nothing saved)"
                : "during epoch " + (saved + 1) + " of " + epochs + " (" + (saved == 1 ? "epoch 1 is" : "epochs 1-"
                        + saved + " are") + " saved)";
        System.out.flush();
        System.err.println();
        System.err.println("genlab: stopped " + where + "; continue with 'genlab resume " + run.dir() + "'");
        System.err.flush();
    }
}
