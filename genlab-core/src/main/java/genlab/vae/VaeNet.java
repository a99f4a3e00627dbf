package genlab.vae;

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
import genlab.nn.Mlp;
import genlab.nn.NetworkCheck;
import genlab.nn.Players;
import java.util.Arrays;

/**
 * The VAE's two networks, any DJL blocks: an encoder from an input of shape (n, exampleShape...) to
 * the mean and log-variance of q(z|x), either one output (n, 2d) split in halves or two outputs
 * (n, d) each, and a decoder from z (n, d) to the parameters of p(x|z), any shape of n x D values
 * (logits for Bernoulli, means for Gaussian). D is the product of the input shape.
 *
 * <p>The VAE itself works on flat rows x (n, D): the net reshapes them to the input shape for the
 * encoder and flattens what the decoder returns. Shapes are checked when the net is initialized.
 *
 * <pre>{@code
 * VaeNet net = VaeNet.builder().setEncoder(myConvEncoder).setDecoder(myConvDecoder)
 *         .setExampleShape(new Shape(1, 28, 28)).setLatent(20).build();
 * }</pre>
 */
public final class VaeNet extends AbstractBlock implements Players {

    private static final byte VERSION = 1;

    private final int latent;
    private final Shape exampleShape;
    private final Block encoder;
    private final Block decoder;

    private VaeNet(Builder builder) {
        super(VERSION);
        this.latent = builder.latent;
        this.exampleShape = builder.exampleShape;
        this.encoder = addChildBlock("encoder", builder.encoder);
        this.decoder = addChildBlock("decoder", builder.decoder);
    }

    /** The reference networks: encoder D-H (ReLU)-2d, decoder d-H (ReLU)-D, on flat inputs of D values. */
    public static VaeNet mlp(int dimension, int hidden, int latent) {
        return builder().setEncoder(Mlp.builder().setSizes(dimension, hidden, 2 * latent).build())
                .setDecoder(Mlp.builder().setSizes(latent, hidden, dimension).build())
                .setExampleShape(new Shape(dimension)).setLatent(latent).build();
    }

    /** The reference networks for {@code config}'s dimension, hidden width and latent dimension. */
    public static VaeNet mlp(VaeConfig config) {
        return mlp(config.dimension(), config.hidden(), config.latent());
    }

    public static Builder builder() {
        return new Builder();
    }

    public int latent() {
        return latent;
    }

    /** D, values per input: the product of the input shape. */
    public long dimension() {
        return exampleShape.size();
    }

    /** q(z|x) for flat rows x (n, D). */
    public DiagonalGaussian encode(ParameterStore store, NDArray x, boolean training) {
        NDList out = encoder.forward(store, new NDList(x.reshape(batchOf(x.getShape().get(0)))), training);
        NDList halves = out.size() == 2 ? out : out.singletonOrThrow().split(2, 1);
        return new DiagonalGaussian(halves.get(0), halves.get(1));
    }

    /** The decoder's output for z (n, d), flattened to (n, D). */
    public NDArray decode(ParameterStore store, NDArray z, boolean training) {
        return decoder.forward(store, new NDList(z), training).singletonOrThrow().reshape(z.getShape().get(0), -1);
    }

    private Shape batchOf(long n) {
        return new Shape(n).addAll(exampleShape);
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        DiagonalGaussian q = encode(store, inputs.singletonOrThrow(), training);
        return new NDList(decode(store, q.sample(1), training), q.mean(), q.logVariance());
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long n = inputShapes[0].get(0);
        return new Shape[] {new Shape(n, dimension()), new Shape(n, latent), new Shape(n, latent)};
    }

    /** Initializes both networks for one input of the input shape and checks what they return. */
    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = batchOf(1);
        encoder.initialize(manager, dataType, x);
        Shape[] q = encoder.getOutputShapes(new Shape[] {x});
        boolean halves = q.length == 1 && q[0].equals(new Shape(1, 2L * latent));
        boolean pair = q.length == 2 && q[0].equals(new Shape(1, latent)) && q[1].equals(new Shape(1, latent));
        if (!halves && !pair) {
            throw new ConfigException("encoder", "returns " + Arrays.toString(q) + " for an input of shape " + x
                    + ", expected (1, " + 2 * latent + ") or two (1, " + latent + ") for latent " + latent);
        }
        NetworkCheck.forwardAndBackward("encoder", encoder, manager, x, dataType);
        Shape z = new Shape(1, latent);
        decoder.initialize(manager, dataType, z);
        Shape[] p = decoder.getOutputShapes(new Shape[] {z});
        if (p.length != 1 || p[0].size() != dimension()) {
            throw new ConfigException("decoder", "returns " + Arrays.toString(p) + " for z of shape " + z
                    + ", expected one output of " + dimension() + " values per row (example shape " + exampleShape + ")");
        }
        NetworkCheck.forwardAndBackward("decoder", decoder, manager, z, dataType);
    }

    /** Builds a {@link VaeNet}; every setting is required. */
    public static final class Builder {

        private Block encoder;
        private Block decoder;
        private Shape exampleShape;
        private int latent;

        private Builder() {}

        /** The encoder: (n, exampleShape...) to (n, 2d), or to two outputs (n, d): mean, log-variance. */
        public Builder setEncoder(Block encoder) {
            this.encoder = encoder;
            return this;
        }

        /** The decoder: z (n, d) to n x D values (logits or means). */
        public Builder setDecoder(Block decoder) {
            this.decoder = decoder;
            return this;
        }

        /** The shape of one example without the batch axis: (D) for flat rows, (C, H, W) for images. */
        public Builder setExampleShape(Shape exampleShape) {
            this.exampleShape = exampleShape;
            return this;
        }

        /** d, the dimension of z. */
        public Builder setLatent(int latent) {
            this.latent = latent;
            return this;
        }

        public VaeNet build() {
            ConfigChecks.required("encoder", encoder);
            ConfigChecks.required("decoder", decoder);
            ConfigChecks.exampleShape("exampleShape", exampleShape);
            ConfigChecks.positive("latent", latent);
            return new VaeNet(this);
        }
    }
}
