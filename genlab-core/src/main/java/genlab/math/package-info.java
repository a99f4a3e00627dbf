/**
 * Numerical linear algebra in plain Java with no engine: dot products, symmetric eigenvalues and
 * square roots, Cholesky solves, and argument checks that name the argument.
 *
 * <pre>{@code
 * double[] x = LinearSystems.solveSpd(a, y);   // a x = y for a symmetric positive definite a
 * }</pre>
 */
package genlab.math;
