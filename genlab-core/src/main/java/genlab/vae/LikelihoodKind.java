package genlab.vae;

/** The decoder distributions a user can choose with {@code --likelihood}. */
public enum LikelihoodKind {
    BERNOULLI,
    GAUSSIAN;

    /** The likelihood object; {@code sigma} is used by the Gaussian only. */
    public Likelihood create(double sigma) {
        return this == BERNOULLI ? new BernoulliLikelihood() : new GaussianLikelihood(sigma);
    }
}
