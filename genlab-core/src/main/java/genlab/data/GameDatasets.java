package genlab.data;

import genlab.GenLabException;

/**
 * The data sets a generator-versus-discriminator game plays on: the 2-D mixtures (ring8, grid25),
 * the registered image sets (mnist, fashion-mnist) and folders of images ({@code images:DIR}).
 */
public final class GameDatasets {

    private GameDatasets() {}

    /** The canonical id of {@code dataset}, checked before any work and without loading anything. */
    public static String checkedId(String dataset) {
        if (ImageFolder.names(dataset)) {
            return ImageDatasets.checkedId(dataset);
        }
        return GaussianMixture2d.byId(dataset).map(GaussianMixture2d::id).orElseGet(() -> imageSpec(dataset).id());
    }

    /** Values per example of a checked data set: 2 for points, else those of a 1x28x28 image (the default shape). */
    public static int dimensionOf(String dataset) {
        return GaussianMixture2d.byId(dataset).isPresent() ? 2 : ImageShape.MNIST.size();
    }

    // the registered image set named dataset; another name is an error listing every game data set
    private static DatasetSpec imageSpec(String dataset) {
        try {
            return DatasetSpec.byId(dataset);
        } catch (GenLabException e) {
            throw new GenLabException("unknown dataset '" + dataset + "', expected one of "
                    + "[mnist, fashion-mnist, ring8, grid25, images:DIR]");
        }
    }
}
