package genlab.theory;

import genlab.math.Checks;


/**
 * A latent-variable model with a discrete latent z in {0..K-1}, seen at one observation x:
 * the prior p(z) and the likelihoods p(x|z). Computes log p(x), the ELBO of any q(z|x) and the
 * optimal q. All values in nats.
 */
public final class DiscreteLatentModel {

    private final double[] prior;
    private final double[] likelihood;

    /**
     * @param prior p(z), a probability vector
     * @param likelihood p(x|z) for each z: finite, non-negative, with p(x|z) p(z) > 0 for some z
     */
    public DiscreteLatentModel(double[] prior, double[] likelihood) {
        Checks.distribution("prior", prior);
        Checks.sameLength("prior", prior, "likelihood", likelihood);
        double evidence = 0;
        for (int z = 0; z < likelihood.length; z++) {
            if (!(likelihood[z] >= 0) || Double.isInfinite(likelihood[z])) {
                throw new IllegalArgumentException("likelihood[" + z + "] = " + likelihood[z]
                        + ", expected a finite non-negative value");
            }
            evidence += likelihood[z] * prior[z];
        }
        if (!(evidence > 0)) {
            throw new IllegalArgumentException("likelihood and prior give p(x) = 0: no z explains x");
        }
        this.prior = prior.clone();
        this.likelihood = likelihood.clone();
    }

    /** The ELBO of q and its two parts; {@code gap} = log p(x) - ELBO = KL(q || p(z|x)) >= 0. */
    public record Elbo(double expectedLogLikelihood, double klToPrior, double elbo, double logEvidence) {
        public double gap() {
            return logEvidence - elbo;
        }
    }

    /** log p(x) = log sum_z p(x|z) p(z). */
    public double logEvidence() {
        return Math.log(evidence());
    }

    // p(x) = sum_z p(x|z) p(z)
    private double evidence() {
        double sum = 0;
        for (int z = 0; z < prior.length; z++) {
            sum += likelihood[z] * prior[z];
        }
        return sum;
    }

    /** ELBO(q) = E_q[log p(x|z)] - KL(q || p(z)) {@literal <=} log p(x). */
    public Elbo elbo(double[] q) {
        Checks.sameLength("q", q, "prior", prior);
        Checks.distribution("q", q);
        double expected = 0;
        for (int z = 0; z < q.length; z++) {
            if (q[z] > 0) {
                expected += q[z] * Math.log(likelihood[z]);
            }
        }
        double kl = Information.kl(q, prior);
        return new Elbo(expected, kl, expected - kl, logEvidence());
    }

    /**
     * The q maximizing the ELBO under sum q = 1. The Lagrangian's stationarity,
     * log p(x|z) + log p(z) - log q(z) - 1 + mu = 0, gives q(z) = p(x|z) p(z) / p(x) = p(z|x).
     */
    public double[] optimalPosterior() {
        double[] q = new double[prior.length];
        double evidence = evidence();
        for (int z = 0; z < q.length; z++) {
            q[z] = likelihood[z] * prior[z] / evidence;
        }
        return q;
    }

    /** dELBO/dq_z = log p(x|z) + log p(z) - log q_z - 1, for q with every entry > 0. */
    public double[] elboGradient(double[] q) {
        Checks.sameLength("q", q, "prior", prior);
        double[] grad = new double[q.length];
        for (int z = 0; z < q.length; z++) {
            if (!(q[z] > 0)) {
                throw new IllegalArgumentException("q[" + z + "] = " + q[z] + ", the gradient needs q > 0");
            }
            grad[z] = Math.log(likelihood[z]) + Math.log(prior[z]) - Math.log(q[z]) - 1;
        }
        return grad;
    }
}
