/**
 * Data: the IDX reader and the MNIST / Fashion-MNIST registry with its lookup order, folders of
 * PNG or JPEG images, DJL datasets in both directions, 2-D Gaussian mixtures (ring8, grid25),
 * binarization, and the batch sources the training loop draws from.
 *
 * <pre>{@code
 * ImageDatasets.Splits mnist = ImageDatasets.load("mnist");
 * ImageSet train = mnist.train();   // 60,000 images of 1x28x28 values in [0, 1]
 * ImageDatasets.Splits mine = ImageFolder.load(Path.of("photos"), ImageShape.square(3, 32));
 * RandomAccessDataset forDjl = ImageSetDataset.builder().setImages(train).setSampling(128, true).build();
 * }</pre>
 */
package genlab.data;
