package genlab.cli;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import genlab.GenLabException;
import genlab.data.GaussianMixture2d;
import genlab.dualgan.DualGan;
import genlab.dualgan.DualGanConfig;
import genlab.gan.Gan;
import genlab.gan.GanConfig;
import genlab.nn.Checkpoint;
import genlab.nn.GenerativeModel;
import genlab.report.RunFolder;
import genlab.vae.Vae;
import genlab.vae.VaeConfig;
import java.util.Optional;

/**
 * A generative model read back from its run folder (vae, gan or dualgan): the model with its
 * trained parameters, its data set, and for 2-D runs the mixture it was trained on.
 */
record SavedModel(String kind, String dataset, GenerativeModel model, Optional<GaussianMixture2d> mixture) {

    /** The model name config.json gives ({@code vae}, {@code gan}, {@code classifier}, ...). */
    static String kind(RunFolder run) {
        return run.readJson(RunFolder.CONFIG, JsonNode.class).path("model").asText();
    }

    /** Builds the run's model in {@code manager} and loads model.params into it. */
    static SavedModel load(RunFolder run, NDManager manager) {
        String kind = kind(run);
        SavedModel saved;
        if (GanConfig.MODEL.equals(kind)) {
            GanConfig config = run.readConfig(GanConfig.class);
            saved = new SavedModel(kind, config.dataset(), new Gan(manager, config),
                    GaussianMixture2d.byId(config.dataset()));
        } else if (DualGanConfig.MODEL.equals(kind)) {
            DualGanConfig config = run.readConfig(DualGanConfig.class);
            saved = new SavedModel(kind, config.dataset(), new DualGan(manager, config),
                    GaussianMixture2d.byId(config.dataset()));
        } else if (VaeConfig.MODEL.equals(kind)) {
            VaeConfig config = run.readConfig(VaeConfig.class);
            saved = new SavedModel(kind, config.dataset(), new Vae(manager, config), Optional.empty());
        } else {
            throw new GenLabException(run.file(RunFolder.CONFIG) + ": model '" + kind
                    + "', expected vae, gan or dualgan");
        }
        Checkpoint.load(saved.model().net(), manager, run.file(RunFolder.MODEL));
        return saved;
    }
}
