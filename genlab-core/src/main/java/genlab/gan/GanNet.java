package genlab.gan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import genlab.ConfigChecks;
import genlab.ConfigException;
import genlab.nn.NetworkCheck;
import genlab.nn.Players;
import java.util.Arrays;

/**
 * The two players as one block (so one checkpoint holds both), any DJL blocks: a generator from
 * z (n, latent) to n x D values of any shape, and a discriminator from examples (n, exampleShape...)
 * to one score per example, (n, 1) or (n). D is the product of the example shape. Forward is the
 * generator. Shared by the classical GAN and the Dualing GAN. A packing discriminator (PacGAN) takes
 * m generated examples at once: its example shape then holds m x D values.
 *
 * <p>The games work on flat rows (n, D): the net flattens what the generator returns and reshapes
 * rows to the example shape for the discriminator. Shapes are checked when the net is initialized.
 *
 * <pre>{@code
 * GanNet net = GanNet.builder().setGenerator(myGenerator).setDiscriminator(myDiscriminator)
 *         .setExampleShape(new Shape(1, 28, 28)).setLatent(64).build();
 * }</pre>
 */
public final class GanNet extends AbstractBlock implements Players {

    private static final byte VERSION = 1;

    private final int latent;
    private final Shape exampleShape;
    private final int pack;
    private final Block generator;
    private final Block discriminator;

    private GanNet(Builder builder) {
        super(VERSION);
        this.latent = builder.latent;
        this.exampleShape = builder.exampleShape;
        this.pack = builder.pack;
        this.generator = addChildBlock("generator", builder.generator);
        this.discriminator = addChildBlock("discriminator", builder.discriminator);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Block generator() {
        return generator;
    }

    public Block discriminator() {
        return discriminator;
    }

    /** latent, the dimension of z. */
    public int latent() {
        return latent;
    }

    /** The shape of one example (or pack of examples) as the discriminator takes it. */
    public Shape exampleShape() {
        return exampleShape;
    }

    /** m, the examples the discriminator takes at once (1 unless it packs them). */
    public int pack() {
        return pack;
    }

    /** D, values per generated example: the product of the example shape, over m. */
    public long dimension() {
        return exampleShape.size() / pack;
    }

    /** G(z) for z (n, latent), flattened to (n, D). */
    public NDArray generate(ParameterStore store, NDArray z, boolean training) {
        return generator.forward(store, new NDList(z), training).singletonOrThrow().reshape(z.getShape().get(0), -1);
    }

    /** The first n - n mod m rows of x (n, D): the whole packs the discriminator can score. */
    public NDArray packable(NDArray x) {
        long n = x.getShape().get(0);
        long rest = n % pack;
        return rest == 0 ? x : x.get("0:" + (n - rest));
    }

    /** The discriminator's scores (n / m, 1) for flat rows x (n, D), rows k m .. k m + m - 1 packed as one. */
    public NDArray score(ParameterStore store, NDArray x, boolean training) {
        long n = x.getShape().get(0) / pack;
        return discriminator.forward(store, new NDList(x.reshape(new Shape(n).addAll(exampleShape))), training)
                .singletonOrThrow().reshape(n, 1);
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        return new NDList(generate(store, inputs.singletonOrThrow(), training));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), dimension())};
    }

    /** Initializes both players for one example and checks what they return. */
    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape z = new Shape(1, latent);
        generator.initialize(manager, dataType, z);
        Shape[] g = generator.getOutputShapes(new Shape[] {z});
        if (g.length != 1 || g[0].size() != dimension()) {
            throw new ConfigException("generator", "returns " + Arrays.toString(g) + " for z of shape " + z
                    + ", expected one output of " + dimension() + " values per row (example shape " + exampleShape
                    + ")");
        }
        NetworkCheck.forwardAndBackward("generator", generator, manager, z, dataType);
        Shape x = new Shape(1).addAll(exampleShape);
        discriminator.initialize(manager, dataType, x);
        Shape[] d = discriminator.getOutputShapes(new Shape[] {x});
        if (d.length != 1 || d[0].size() != 1) {
            throw new ConfigException("discriminator", "returns " + Arrays.toString(d) + " for an example of shape "
                    + x + ", expected one score: (1, 1) or (1)");
        }
        NetworkCheck.forwardAndBackward("discriminator", discriminator, manager, x, dataType);
    }

    /** Builds a {@link GanNet}; every setting is required. */
    public static final class Builder {

        private Block generator;
        private Block discriminator;
        private Shape exampleShape;
        private int pack = 1;
        private int latent;

        private Builder() {}

        /** The generator: z (n, latent) to n x D values (images in [-1, 1], the players' space). */
        public Builder setGenerator(Block generator) {
            this.generator = generator;
            return this;
        }

        /** The discriminator: examples (n, exampleShape...) to one logit each. */
        public Builder setDiscriminator(Block discriminator) {
            this.discriminator = discriminator;
            return this;
        }

        /** The shape of one example without the batch axis: (D) for flat rows, (C, H, W) for images. */
        public Builder setExampleShape(Shape exampleShape) {
            this.exampleShape = exampleShape;
            return this;
        }

        /**
         * m, the generated examples the discriminator takes at once (default 1): the example shape
         * is then a pack's, m x D values, for example (m D) for rows or (m C, H, W) for images.
         */
        public Builder optPack(int pack) {
            this.pack = pack;
            return this;
        }

        /** latent, the dimension of z. */
        public Builder setLatent(int latent) {
            this.latent = latent;
            return this;
        }

        public GanNet build() {
            ConfigChecks.required("generator", generator);
            ConfigChecks.required("discriminator", discriminator);
            ConfigChecks.exampleShape("exampleShape", exampleShape);
            ConfigChecks.positive("latent", latent);
            ConfigChecks.positive("pack", pack);
            if (exampleShape.size() % pack != 0) {
                throw new ConfigException("pack", pack + " does not divide the " + exampleShape.size()
                        + " values of exampleShape " + exampleShape);
            }
            return new GanNet(this);
        }
    }
}
