package genlab.gan;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The two players as one block (so one checkpoint holds both): the generator maps z (n, zDim) to
 * examples (n, D); the discriminator maps examples (n, D) to scores (n, 1). Forward is the generator.
 * Shared by the classical GAN and the Dualing GAN.
 */
public final class GanNet extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int zDim;
    private final int dimension;
    private final Block generator;
    private final Block discriminator;

    /** The pair for examples of {@code dimension} values drawn from z of {@code zDim} values. */
    public GanNet(int zDim, int dimension, Block generator, Block discriminator) {
        super(VERSION);
        this.zDim = zDim;
        this.dimension = dimension;
        this.generator = addChildBlock("generator", generator);
        this.discriminator = addChildBlock("discriminator", discriminator);
    }

    public Block generator() {
        return generator;
    }

    public Block discriminator() {
        return discriminator;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        return generator.forward(store, inputs, training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), dimension)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        generator.initialize(manager, dataType, new Shape(1, zDim));
        discriminator.initialize(manager, dataType, new Shape(1, dimension));
    }
}
