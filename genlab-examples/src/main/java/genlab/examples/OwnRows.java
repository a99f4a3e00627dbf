package genlab.examples;

import ai.djl.ndarray.NDManager;
import genlab.TrainingConfig;
import genlab.data.ImageDatasets;
import genlab.train.Trained;
import genlab.train.Trainer;
import genlab.train.TrainingData;
import genlab.vae.LikelihoodKind;
import genlab.vae.Vae;
import genlab.vae.VaeConfig;
import java.util.Random;

/** Example (h): rows of your own, points in [0, 1]^8 near a line, into a Gaussian VAE; 500 rows held out. */
public final class OwnRows {

    public static void main(String[] args) {
        Random rng = new Random(1);
        float[][] rows = new float[2_000][8];
        for (float[] row : rows) {
            double t = rng.nextGaussian();
            for (int j = 0; j < 8; j++) {
                row[j] = (float) (0.5 + 0.1 * t * (j + 1) / 8 + 0.02 * rng.nextGaussian());
            }
        }
        VaeConfig model = VaeConfig.builder().optDataset("line8").optDimension(8).optHidden(32).optLatent(1)
                .optLikelihood(LikelihoodKind.GAUSSIAN).optSigma(0.02).build();
        TrainingConfig training = TrainingConfig.builder().optEpochs(50).optBatchSize(100).optLearningRate(1e-2).build();
        try (NDManager manager = NDManager.newBaseManager()) {   // the trainer is built, and seeds, before the model
            Trained<Vae> trained = Trainer.builder(training).build().fit(new Vae(manager, model),
                    TrainingData.images(ImageDatasets.Splits.ofRows("line8", rows, 500), training));
            System.out.printf("held-out loss: epoch 1 %.2f, epoch 50 %.2f nats per row%n",
                    trained.history().get(0).test().get("loss"), trained.last().test().get("loss"));
        }
    }

    private OwnRows() {}
}
