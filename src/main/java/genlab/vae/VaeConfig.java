package genlab.vae;

import static genlab.ConfigChecks.positive;
import static genlab.ConfigChecks.positiveFinite;

import genlab.ConfigChecks;
import genlab.nn.Mlp;
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
        int seed) implements genlab.RunConfig<VaeConfig> {

    public static final String MODEL = "vae";

    /** The reference configuration. */
    public static VaeConfig reference() {
        return new VaeConfig(MODEL, "mnist", 784, 400, 20, LikelihoodKind.BERNOULLI, 1.0, 1, Binarization.NONE,
                30, 128, 1e-3, 2);
    }

    /** Checks every value; a bad one is a {@link genlab.ConfigException} naming its field. */
    @Override
    public VaeConfig validated() {
        positive("hidden", hidden);
        positive("latent", latent);
        positive("mcSamples", mcSamples);
        positive("epochs", epochs);
        positive("batchSize", batchSize);
        positiveFinite("sigma", sigma);
        positiveFinite("learningRate", learningRate);
        positive("dimension", dimension);
        ConfigChecks.atMost("batchSize", (long) batchSize * mcSamples, Integer.MAX_VALUE / dimension,
                "with mcSamples " + mcSamples + ", a batch's rows of " + dimension + " values must fit one array");
        // encoder D-h-(mu, logvar), decoder d-h-D; each parameter has a gradient and two Adam moments
        double parameters = Mlp.parameterCount(dimension, hidden, 2.0 * latent)
                + Mlp.parameterCount(latent, hidden, dimension);
        ConfigChecks.fitsInMemory(hidden >= latent ? "hidden" : "latent", Math.max(hidden, latent), 16 * parameters,
                "the weights, gradients and Adam moments of a " + dimension + "-" + hidden + "-" + latent + " VAE");
        // each of batchSize x mcSamples rows keeps its layers' outputs and their gradients
        ConfigChecks.fitsInMemory("batchSize", batchSize, 2 * 4.0 * batchSize * mcSamples
                * (2.0 * hidden + 3.0 * latent + 2.0 * dimension), "the activations of one batch");
        return this;
    }
}
