package genlab.board;

/** Where a run stands, as its folder shows it. */
public enum RunStatus {
    /** A live process holds the run's lock. */
    TRAINING,
    /** Every epoch of its config has a row in metrics.csv. */
    FINISHED,
    /** Its last epoch has a loss that is not a finite number. */
    DIVERGED,
    /** No process trains it, and epochs are left. */
    STOPPED;

    /** "training", "finished", "diverged", "stopped". */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
