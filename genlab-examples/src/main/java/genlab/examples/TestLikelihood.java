package genlab.examples;

import ai.djl.ndarray.NDManager;
import genlab.TrainingConfig;
import genlab.data.ImageDatasets;
import genlab.train.Trainer;
import genlab.train.TrainingData;
import genlab.vae.ImportanceWeightedBound;
import genlab.vae.LogLikelihood;
import genlab.vae.Vae;
import genlab.vae.VaeConfig;

/** Example (j): the importance-weighted bound with K = 50 on 500 test images of a VAE trained in memory, typed. */
public final class TestLikelihood {

    public static void main(String[] args) {
        ImageDatasets.Splits mnist = ImageDatasets.load("mnist").first(6_000, 500);
        TrainingConfig training = TrainingConfig.builder().optEpochs(2).build();
        Trainer trainer = Trainer.builder(training).build();
        try (NDManager manager = NDManager.newBaseManager()) {
            Vae vae = trainer.fit(new Vae(manager, VaeConfig.reference()), TrainingData.images(mnist, training))
                    .model();
            LogLikelihood k50 = new ImportanceWeightedBound(vae).estimate(manager, mnist.test(), 50);
            LogLikelihood k1 = new ImportanceWeightedBound(vae).estimate(manager, mnist.test(), 1);
            System.out.println(k50);
            System.out.printf("NLL K=1 %.2f, K=50 %.2f nats per image%n", k1.nll(), k50.nll());
        }
    }

    private TestLikelihood() {}
}
