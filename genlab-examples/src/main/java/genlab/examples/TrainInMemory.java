package genlab.examples;

import ai.djl.ndarray.NDManager;
import genlab.TrainingConfig;
import genlab.data.ImageDatasets;
import genlab.train.Trained;
import genlab.train.Trainer;
import genlab.train.TrainingData;
import genlab.train.TrainingListener;
import genlab.vae.Vae;
import genlab.vae.VaeConfig;

/** Example (b): train the reference VAE for one epoch in memory, print each epoch's values, get the model back. */
public final class TrainInMemory {

    public static void main(String[] args) {
        ImageDatasets.Splits mnist = ImageDatasets.load("mnist").first(6_000, 1_000);
        TrainingConfig training = TrainingConfig.builder().optEpochs(1).build();
        Trainer trainer = Trainer.builder(training).addListener(TrainingListener.onEpochEnd(epoch -> epoch.metrics()
                .forEach(m -> System.out.printf("epoch %d: %s %.2f %s%n", epoch.result().epoch(), m.name(), m.value(),
                        m.unit())))).build();   // starts the engine, seeded: build it before the model
        try (NDManager manager = NDManager.newBaseManager()) {
            Trained<Vae> trained = trainer.fit(new Vae(manager, VaeConfig.reference()),
                    TrainingData.images(mnist, training));
            System.out.println("trained " + trained.history().size() + " epoch; 16 samples of shape "
                    + trained.model().sample(manager, 16).getShape());
        }
    }

    private TrainInMemory() {}
}
