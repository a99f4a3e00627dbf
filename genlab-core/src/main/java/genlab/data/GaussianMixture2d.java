package genlab.data;

import genlab.GenLabException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * An equal-weight mixture of isotropic Gaussians in the plane: the standard mode-collapse
 * benchmarks of Unrolled GAN, VEEGAN and PacGAN.
 *
 * @param modes the component means, each (x, y)
 * @param std the standard deviation of every component along each axis
 */
public record GaussianMixture2d(String id, double[][] modes, double std) {

    /** 8 Gaussians on a circle of radius 2, std 0.02. */
    public static GaussianMixture2d ring8() {
        double[][] modes = new double[8][];
        for (int k = 0; k < 8; k++) {
            double angle = 2 * Math.PI * k / 8;
            modes[k] = new double[] {2 * Math.cos(angle), 2 * Math.sin(angle)};
        }
        return new GaussianMixture2d("ring8", modes, 0.02);
    }

    /** 25 Gaussians on the 5x5 grid {-4, -2, 0, 2, 4}^2, std 0.05. */
    public static GaussianMixture2d grid25() {
        double[][] modes = new double[25][];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                modes[5 * i + j] = new double[] {-4 + 2 * i, -4 + 2 * j};
            }
        }
        return new GaussianMixture2d("grid25", modes, 0.05);
    }

    /** The mixture named {@code id}, or empty when the name is not a 2-D dataset. */
    public static java.util.Optional<GaussianMixture2d> byId(String id) {
        return switch (id.toLowerCase(Locale.ROOT)) {
            case "ring8" -> java.util.Optional.of(ring8());
            case "grid25" -> java.util.Optional.of(grid25());
            default -> java.util.Optional.empty();
        };
    }

    public GaussianMixture2d {
        if (modes.length == 0 || Arrays.stream(modes).anyMatch(m -> m.length != 2) || !(std > 0)) {
            throw new GenLabException("a 2-D mixture needs at least one (x, y) mode and a positive std");
        }
    }

    /** Writes n points (x0, y0, x1, y1, ...) into {@code out}: a uniform mode plus N(0, std^2 I) noise. */
    public void sample(Random rng, float[] out, int n) {
        for (int i = 0; i < n; i++) {
            double[] mode = modes[rng.nextInt(modes.length)];
            out[2 * i] = (float) (mode[0] + std * rng.nextGaussian());
            out[2 * i + 1] = (float) (mode[1] + std * rng.nextGaussian());
        }
    }
}
