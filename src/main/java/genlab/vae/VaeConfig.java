package genlab.vae;

import static genlab.ConfigChecks.positive;
import static genlab.ConfigChecks.positiveFinite;

import genlab.GenLabException;
import genlab.data.Binarization;

/**
 * Every hyper-parameter of a VAE run (saved as {@code config.json}). The defaults are the
 * reference VAE of PyTorch's example: 784-400-20, Bernoulli, Adam 1e-3, batch 128, 30 epochs, seed 2.
 *
 * @param model always {@value #MODEL}: tells a run folder's reader which model it holds
 * @param sigma the Gaussian decoder's standard deviation (pixel units); unused by Bernoulli
 * @param mcSamples M, reparameterized samples per input for the reconstruction term
 * @param learningRate Adam's step size
 */
public record VaeConfig(
        String model,
        String dataset,
        int dimension,
        int hidden,
        int latent,
        LikelihoodKind likelihood,
        double sigma,
        int mcSamples,
        Binarization binarize,
        int epochs,
        int batchSize,
        double learningRate,
        int seed) {

    public static final String MODEL = "vae";

    /** The reference configuration. */
    public static VaeConfig reference() {
        return new VaeConfig(MODEL, "mnist", 784, 400, 20, LikelihoodKind.BERNOULLI, 1.0, 1, Binarization.NONE,
                30, 128, 1e-3, 2);
    }

    /** Checks every value; a bad one is a {@link GenLabException} naming its flag. */
    public VaeConfig validated() {
        positive("--hidden", hidden);
        positive("--latent", latent);
        positive("--mc-samples", mcSamples);
        positive("--epochs", epochs);
        positive("--batch-size", batchSize);
        positiveFinite("--sigma", sigma);
        positiveFinite("--lr", learningRate);
        if (dimension <= 0) {
            throw new GenLabException("config: dimension must be positive, got " + dimension);
        }
        return this;
    }
}
