package genlab.report;

import java.util.Locale;
import java.util.Map;

/**
 * The words GenLab's pages use for what a run folder names in keys: models, datasets, the terms and
 * metrics of metrics.csv with their units, the settings of config.json and their enum values.
 */
public final class Words {

    private static final Map<String, String> MODELS = Map.of("vae", "VAE", "gan", "GAN", "dualgan", "Dualing GAN",
            "classifier", "Classifier", "compare", "Stability study");

    private static final Map<String, String> DATASETS = Map.of("mnist", "MNIST", "fashion-mnist", "Fashion-MNIST",
            "ring8", "a ring of 8 Gaussians", "grid25", "a grid of 25 Gaussians");

    /** What each term or metric of metrics.csv is, by its name without train_ or test_. */
    private static final Map<String, String> QUANTITIES = Map.ofEntries(
            Map.entry("loss", "loss"),
            Map.entry("recon", "reconstruction term, -E[log p(x|z)]"),
            Map.entry("kl", "KL term, KL(q(z|x) || p(z))"),
            Map.entry("d_loss", "discriminator loss"),
            Map.entry("g_loss", "generator loss"),
            Map.entry("d_real", "D(x) on data"),
            Map.entry("d_fake", "D(G(z)) on samples"),
            Map.entry("dual", "dual objective"),
            Map.entry("primal", "primal objective"),
            Map.entry("gap", "duality gap"),
            Map.entry("gap_step_median", "duality gap, median step"),
            Map.entry("gap_step_max", "duality gap, worst step"),
            Map.entry("error", "error"),
            Map.entry("modes_covered", "modes covered"),
            Map.entry("high_quality_pct", "high-quality samples"),
            Map.entry("kl_modes_uniform", "KL of the modes' histogram to uniform"),
            Map.entry("seconds", "time"));

    /** What each setting of config.json is. */
    private static final Map<String, String> SETTINGS = Map.ofEntries(
            Map.entry("dataset", "data"),
            Map.entry("arch", "networks"),
            Map.entry("discriminator", "discriminator"),
            Map.entry("generatorArch", "generator"),
            Map.entry("features", "discriminator's features"),
            Map.entry("generatorLoss", "generator loss"),
            Map.entry("latent", "latent dimension"),
            Map.entry("hidden", "hidden units per layer"),
            Map.entry("channels", "channel multiplier"),
            Map.entry("dSteps", "discriminator steps per generator step"),
            Map.entry("gSteps", "generator steps per step"),
            Map.entry("c", "proximal weight C"),
            Map.entry("dualSteps", "coordinate-ascent sweeps per step"),
            Map.entry("dualSolver", "dual solver"),
            Map.entry("proximalMetric", "proximal metric"),
            Map.entry("pack", "examples per discriminator input (packing)"),
            Map.entry("limit", "training images used"),
            Map.entry("likelihood", "decoder likelihood"),
            Map.entry("sigma", "decoder standard deviation"),
            Map.entry("mcSamples", "z samples per image (reconstruction term)"),
            Map.entry("binarize", "binarization of the pixels"),
            Map.entry("epochs", "epochs"),
            Map.entry("batchSize", "batch size"),
            Map.entry("batchesPerEpoch", "batches per epoch"),
            Map.entry("learningRate", "learning rate (Adam)"),
            Map.entry("lrSchedule", "learning-rate schedule"),
            Map.entry("seed", "seed"),
            Map.entry("seeds", "seeds per cell"),
            Map.entry("learning_rates", "learning rates (Adam)"),
            Map.entry("families", "discriminator families"),
            Map.entry("batch_size", "batch size"),
            Map.entry("generator_steps", "generator steps per run"),
            Map.entry("objective_tail", "share of the run whose objective spread is measured"));

    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("MLP", "MLP"), Map.entry("CONV", "convolutional"), Map.entry("LINEAR", "linear"),
            Map.entry("NONSATURATING", "non-saturating, -log D(G(z))"), Map.entry("MINIMAX", "minimax, log(1 - D(G(z)))"),
            Map.entry("BERNOULLI", "Bernoulli"), Map.entry("GAUSSIAN", "Gaussian"),
            Map.entry("NEWTON", "Newton's method, to a small duality gap"), Map.entry("ASCENT", "coordinate ascent"),
            Map.entry("EUCLIDEAN", "Euclidean"), Map.entry("STEP", "step decay"), Map.entry("CONSTANT", "constant"));

    private Words() {}

    /** "Dualing GAN"; an unknown model's own name. */
    public static String model(String name) {
        return MODELS.getOrDefault(name, name);
    }

    /** "MNIST", "a ring of 8 Gaussians"; an unknown dataset's own name. */
    public static String dataset(String name) {
        return DATASETS.getOrDefault(name, name);
    }

    /** The words for a metrics.csv column's quantity, its name without underscores when unknown. */
    public static String quantity(String name) {
        return QUANTITIES.getOrDefault(name, name.replace('_', ' '));
    }

    /**
     * The unit of a quantity: nats per image or per point for a loss or objective term, "%" for a
     * percentage or an error (a report shows the error as a percentage), "s", "nats", or "" for
     * a probability or a count.
     */
    public static String unit(String quantity, boolean images) {
        return switch (quantity) {
            case "d_real", "d_fake", "modes_covered" -> "";
            case "error", "high_quality_pct" -> "%";
            case "kl_modes_uniform" -> "nats";
            case "seconds" -> "s";
            default -> images ? "nats per image" : "nats per point";
        };
    }

    /** The words for a config.json key, or null for one a report does not show. */
    static String setting(String key) {
        return SETTINGS.get(key);
    }

    /** An enum value in words ("non-saturating, -log D(G(z))"); any other value as it is. */
    static String value(String text) {
        return VALUES.getOrDefault(text, text.matches("[A-Z_]+") ? text.toLowerCase(Locale.ROOT).replace('_', ' ')
                : text);
    }

    /** "VAE on MNIST", "Dualing GAN on a ring of 8 Gaussians". */
    public static String title(String model, String dataset) {
        return model(model) + " on " + dataset(dataset);
    }
}
