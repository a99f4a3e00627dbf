package genlab.dualgan;

/** How each step solves the batch's dual, chosen with {@code --dual-solver}. */
public enum DualSolver {
    /**
     * {@code dualSteps} sweeps of exact cyclic coordinate ascent from the multipliers that are
     * optimal for the current scores: cheap, but far from the optimum when the Gram matrix is
     * ill-conditioned (the MLP dual on images).
     */
    ASCENT,
    /**
     * Newton's method on the primal in the span of the points, to a duality gap of at most
     * {@link DualGanConfig#NEWTON_GAP} nats per point, in at most {@link DualGanConfig#NEWTON_STEPS}
     * Newton steps (one Cholesky of the 2n x 2n system each); {@code dualSteps} is not used.
     */
    NEWTON
}
