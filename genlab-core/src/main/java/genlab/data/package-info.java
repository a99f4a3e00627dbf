/**
 * Data: the IDX reader and the MNIST / Fashion-MNIST registry with its lookup order, 2-D Gaussian
 * mixtures (ring8, grid25), binarization, and the batch sources the training loop draws from.
 *
 * <pre>{@code
 * ImageDatasets.Splits mnist = ImageDatasets.load(DatasetSpec.byId("mnist"),
 *         DatasetLocator.standard(Optional.empty()));
 * ImageSet train = mnist.train();   // 60,000 images of 784 values in [0, 1]
 * }</pre>
 */
package genlab.data;
