package genlab.nn;

import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import genlab.ConfigException;
import java.util.Locale;

/**
 * The fixed feature map phi of the linear discriminator, from {@code --features}: {@code identity}
 * (phi(x) = x) or {@code rff:D:BANDWIDTH}, D random Fourier features of the RBF kernel
 * exp(-||x - y||^2 / (2 BANDWIDTH^2)) (Rahimi and Recht 2007).
 *
 * @param count D, the number of features (0 for identity)
 * @param bandwidth the kernel's length scale, in the data's units (0 for identity)
 */
public record FeatureSpec(int count, double bandwidth) {

    public static final FeatureSpec IDENTITY = new FeatureSpec(0, 0);

    private static final long FEATURE_SEED_OFFSET = 7919;

    /** Parses {@code identity} or {@code rff:D:BANDWIDTH}; anything else names the flag and the form. */
    public static FeatureSpec parse(String text) {
        if ("identity".equals(text)) {
            return IDENTITY;
        }
        String[] parts = text.split(":");
        try {
            if (parts.length == 3 && parts[0].equals("rff")) {
                int count = Integer.parseInt(parts[1]);
                double bandwidth = Double.parseDouble(parts[2]);
                if (count > 0 && bandwidth > 0 && Double.isFinite(bandwidth)) {
                    return new FeatureSpec(count, bandwidth);
                }
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new ConfigException("features", "must be identity or rff:D:BANDWIDTH (D a positive integer, BANDWIDTH a "
                + "positive number), got '" + text + "'");
    }

    /** Floats the linear discriminator holds on these features, counted as (dimension + 2) D: projection, phases and w. */
    public double storedFloats(int dimension) {
        return (dimension + 2.0) * size(dimension);
    }

    public boolean isIdentity() {
        return count == 0;
    }

    /** Features per example for inputs of {@code dimension} values. */
    public int size(int dimension) {
        return isIdentity() ? dimension : count;
    }

    /**
     * The feature map as a block, (n, dimension) -> (n, {@link #size}); the random features are
     * drawn from their own stream of the run's seed, so every model of one seed sees the same phi.
     */
    public Block block(int dimension, long runSeed) {
        return isIdentity() ? Blocks.identityBlock()
                : new RandomFourierFeatures(dimension, count, bandwidth, runSeed + FEATURE_SEED_OFFSET);
    }

    @Override
    public String toString() {
        return isIdentity() ? "identity" : String.format(Locale.ROOT, "rff:%d:%s", count, bandwidth);
    }
}
