package genlab.report;

import com.fasterxml.jackson.databind.JsonNode;
import genlab.data.GaussianMixture2d;

/**
 * What a report needs to know of a run beside its files: its model, its dataset, whether its
 * examples are images, and how many modes its 2-D mixture has (0 for images).
 */
record RunFacts(String model, String dataset, boolean images, int modes) {

    static RunFacts of(JsonNode config) {
        String dataset = config.path("dataset").asText();
        int modes = GaussianMixture2d.byId(dataset).map(m -> m.modes().length).orElse(0);
        return new RunFacts(config.path("model").asText(), dataset, modes == 0, modes);
    }

    /** What samples.png shows. */
    String samplesCaption() {
        return model.equals("vae") ? "Samples: z from the prior p(z), decoded" : "Samples G(z) of the fixed z";
    }

    /** What the loss of metrics.csv is: the VAE's negative ELBO, the classifier's cross-entropy. */
    String lossName() {
        return switch (model) {
            case "vae" -> "loss, the negative ELBO";
            case "classifier" -> "cross-entropy";
            default -> "loss";
        };
    }

    /** The unit of a quantity of this run ({@link Words#unit}). */
    String unit(String quantity) {
        return quantity.equals("modes_covered") ? "of " + modes : Words.unit(quantity, images);
    }
}
