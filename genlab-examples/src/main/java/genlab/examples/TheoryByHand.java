package genlab.examples;

import genlab.theory.GaussianKl;
import genlab.theory.Information;
import genlab.theory.LogisticDual;
import genlab.theory.OptimalDiscriminator;
import genlab.theory.Quadrature;

/**
 * Example (e): the theory functions called directly. Three identities, each printed with both of
 * its sides: the closed-form KL of two Gaussians against quadrature, V(G, D*) = -log 4 + 2 JSD,
 * and strong duality of the regularized logistic discriminator (primal minimum = dual maximum).
 */
public final class TheoryByHand {

    public static void main(String[] args) {
        // KL(N(1, 0.5) || N(0, 2)) in closed form and by the trapezoid rule on [-20, 20]
        double[] x = Quadrature.grid(-20, 20, 40_001);
        double[] integrand = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double q = normal(x[i], 1, 0.5);
            integrand[i] = q * Math.log(q / normal(x[i], 0, 2));
        }
        System.out.printf("KL closed form %.8f, quadrature %.8f nats%n", GaussianKl.univariate(1, 0.5, 0, 2),
                Quadrature.trapezoid(integrand, x[1] - x[0]));

        // the game's value at the optimal discriminator, for p_data = N(0, 1) and p_G = N(1, 1)
        double[] pData = new double[x.length];
        double[] pG = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            pData[i] = normal(x[i], 0, 1);
            pG[i] = normal(x[i], 1, 1);
        }
        System.out.printf("V(G, D*) %.8f, -log 4 + 2 JSD %.8f nats; D*(0) = %.4f%n",
                OptimalDiscriminator.valueOnGrid(pData, pG, x[1] - x[0]),
                OptimalDiscriminator.valueFromJsd(pData, pG, x[1] - x[0]), OptimalDiscriminator.at(pData[20_000], pG[20_000]));

        // the logistic discriminator's primal and dual on four points in 2-D, C = 1
        LogisticDual problem = new LogisticDual(new double[][] {{1, 0}, {2, 1}}, new double[][] {{0, 1}, {-1, -1}}, 1);
        LogisticDual.DualSolution dual = problem.solveDual(1e-12, 10_000);
        System.out.printf("logistic primal %.8f, dual %.8f nats (%d sweeps)%n",
                problem.primal(problem.minimizePrimal(1e-12, 100)), dual.value(), dual.sweeps());
        System.out.printf("entropy of a fair coin %.8f nats (log 2 = %.8f)%n", Information.binaryEntropy(0.5), Math.log(2));
    }

    /** The density of N(mean, variance) at t. */
    private static double normal(double t, double mean, double variance) {
        return Math.exp(-(t - mean) * (t - mean) / (2 * variance)) / Math.sqrt(2 * Math.PI * variance);
    }

    private TheoryByHand() {}
}
