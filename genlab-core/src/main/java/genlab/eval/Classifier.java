package genlab.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.XavierInitializer;
import genlab.nn.OptimizerStep;
import genlab.nn.Trainable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A LeNet-style image classifier (28x28 grey images, 10 classes) trained with softmax
 * cross-entropy and Adam; its penultimate layer (128 ReLU units) gives the features of the
 * Frechet distance and its softmax the p(y|x) of the Inception Score. Training rows carry the
 * label as their last value ({@link LabelledRows}); reported terms: {@code loss} (cross-entropy,
 * nats) and {@code error} (misclassified examples), both sums over the batch.
 */
public final class Classifier implements Trainable {

    public static final int CLASSES = 10;
    public static final int FEATURES = 128;
    private static final int PIXELS = 784;
    /** Adam's beta1, PyTorch's default. */
    private static final float BETA1 = 0.9f;

    private final SequentialBlock features;
    private final SequentialBlock net;
    private final ParameterStore store;
    private final OptimizerStep step;

    /** Builds and initializes the network in {@code manager} (which owns the parameters). */
    public Classifier(NDManager manager) {
        // (n, 784) -> 20x24x24 -pool-> 20x12x12 -> 50x8x8 -pool-> 50x4x4 -> 128 features -> 10 logits
        this.features = new SequentialBlock()
                .addSingleton(x -> x.reshape(-1, 1, 28, 28))
                .add(Conv2d.builder().setKernelShape(new Shape(5, 5)).setFilters(20).build())
                .add(Activation::relu).add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(Conv2d.builder().setKernelShape(new Shape(5, 5)).setFilters(50).build())
                .add(Activation::relu).add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(FEATURES).build()).add(Activation::relu);
        this.net = new SequentialBlock().add(features).add(Linear.builder().setUnits(CLASSES).build());
        net.setInitializer(new XavierInitializer(), Parameter.Type.WEIGHT);
        net.setInitializer(Initializer.ZEROS, Parameter.Type.BIAS);
        net.initialize(manager, DataType.FLOAT32, new Shape(1, PIXELS));
        this.store = new ParameterStore(manager, false);
        this.step = OptimizerStep.adam(net, BETA1);
    }

    @Override
    public Block net() {
        return net;
    }

    @Override
    public List<OptimizerStep> optimizers() {
        return List.of(step);
    }

    @Override
    public Map<String, Double> trainStep(NDArray rows) {
        NDArray labels = labels(rows);
        NDArray[] logits = new NDArray[1];
        NDArray loss = step.minimize(() -> {
            logits[0] = net.forward(store, new NDList(pixels(rows)), true).singletonOrThrow();
            return crossEntropy(logits[0], labels);
        });
        return terms(loss, logits[0], labels);
    }

    /** The error is a fraction of the images; the loss nats per image. */
    @Override
    public String unit(String name) {
        return name.equals("error") ? "fraction" : "nats per image";
    }

    @Override
    public Map<String, Double> evaluate(NDArray rows) {
        NDArray labels = labels(rows);
        NDArray logits = logits(pixels(rows));
        return terms(crossEntropy(logits, labels), logits, labels);
    }

    /** Class logits (n, 10) of images x (n, 784) in [0, 1], in evaluation mode. */
    public NDArray logits(NDArray x) {
        return net.forward(store, new NDList(x), false).singletonOrThrow();
    }

    /** Penultimate-layer features (n, 128) of images x (n, 784), in evaluation mode. */
    public NDArray features(NDArray x) {
        return features.forward(store, new NDList(x), false).singletonOrThrow();
    }

    private static NDArray pixels(NDArray rows) {
        return rows.get(new NDIndex(":, :{}", PIXELS));
    }

    private static NDArray labels(NDArray rows) {
        return rows.get(new NDIndex(":, {}", PIXELS)).toType(DataType.INT64, false);
    }

    // sum_i -log softmax(logits_i)[y_i]
    private static NDArray crossEntropy(NDArray logits, NDArray labels) {
        return logits.logSoftmax(1).mul(labels.oneHot(CLASSES)).sum().neg();
    }

    private static Map<String, Double> terms(NDArray loss, NDArray logits, NDArray labels) {
        Map<String, Double> sums = new LinkedHashMap<>();
        sums.put("loss", (double) loss.getFloat());
        sums.put("error", (double) logits.argMax(1).neq(labels).sum().getLong());
        return sums;
    }
}
