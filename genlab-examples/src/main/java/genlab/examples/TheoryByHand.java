package genlab.examples;

import genlab.theory.GaussianKl;
import genlab.theory.LogisticDual;
import genlab.theory.OptimalDiscriminator;
import genlab.theory.Quadrature;
import java.util.Arrays;

/**
 * Example (k): the theory functions called directly. Three identities, each printed with both of
 * its sides: the closed-form KL of two Gaussians against quadrature, V(G, D*) = -log 4 + 2 JSD,
 * and strong duality of the regularized logistic discriminator (primal minimum = dual maximum).
 */
public final class TheoryByHand {

    public static void main(String[] args) {
        // KL(N(1, 0.5) || N(0, 2)) in closed form and by the trapezoid rule on [-20, 20]
        double[] x = Quadrature.grid(-20, 20, 40_001);
        double[] integrand = Arrays.stream(x).map(t -> normal(t, 1, 0.5) * Math.log(normal(t, 1, 0.5) / normal(t, 0, 2)))
                .toArray();
        System.out.printf("KL closed form %.8f, quadrature %.8f nats%n", GaussianKl.univariate(1, 0.5, 0, 2),
                Quadrature.trapezoid(integrand, x[1] - x[0]));
        // the game's value at the optimal discriminator, for p_data = N(0, 1) and p_G = N(1, 1)
        double[] pData = Arrays.stream(x).map(t -> normal(t, 0, 1)).toArray();
        double[] pG = Arrays.stream(x).map(t -> normal(t, 1, 1)).toArray();
        System.out.printf("V(G, D*) %.8f, -log 4 + 2 JSD %.8f nats%n", OptimalDiscriminator.valueOnGrid(pData, pG,
                x[1] - x[0]), OptimalDiscriminator.valueFromJsd(pData, pG, x[1] - x[0]));
        // the logistic discriminator's primal and dual on four points in 2-D, C = 1
        LogisticDual problem = new LogisticDual(new double[][] {{1, 0}, {2, 1}}, new double[][] {{0, 1}, {-1, -1}}, 1);
        System.out.printf("logistic primal %.8f, dual %.8f nats%n", problem.primal(problem.minimizePrimal(1e-12, 100)),
                problem.solveDual(1e-12, 10_000).value());
    }

    /** The density of N(mean, variance) at t. */
    private static double normal(double t, double mean, double variance) {
        return Math.exp(-(t - mean) * (t - mean) / (2 * variance)) / Math.sqrt(2 * Math.PI * variance);
    }

    private TheoryByHand() {}
}
