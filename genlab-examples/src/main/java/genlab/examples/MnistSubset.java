package genlab.examples;

import genlab.data.ImageDatasets;
import genlab.data.ImageSet;

/** Example (a): an MNIST subset, the first 6,000 training and 1,000 test images, read from the standard places. */
public final class MnistSubset {

    public static void main(String[] args) {
        ImageDatasets.Splits mnist = ImageDatasets.load("mnist").first(6_000, 1_000);
        ImageSet train = mnist.train();
        double sum = 0;
        for (float pixel : train.pixels()) {
            sum += pixel;
        }
        System.out.printf("%d training and %d test images of %s, first label %d, mean pixel %.4f%n", train.count(),
                mnist.test().count(), train.shape(), train.labels()[0], sum / train.pixels().length);
    }

    private MnistSubset() {}
}
